// Stands in for `tough-cookie` in the browser build. msw keeps a cookie jar (with the whole public
// suffix list, about 100 KB gzip) for handlers that read or set cookies; this API does neither,
// so an always-empty jar is enough.
export const Cookie = {
  fromJSON: (): null => null,
}

export class MemoryCookieStore {
  idx: Record<string, never> = {}
}

export class CookieJar {
  getCookiesSync(): never[] {
    return []
  }

  setCookie(): Promise<void> {
    return Promise.resolve()
  }
}
