import { fingerprint } from './paging'

/**
 * The query with its parameters in one order and list values split, so `?a=1,2&b=3` and
 * `?b=3&a=2&a=1` are the same query. Order within a list does not change an answer.
 */
export function normalisedQuery(url: URL): string {
  return [...url.searchParams]
    .flatMap(([key, value]) => value.split(',').map((item) => `${key}=${item}`))
    .sort()
    .join('&')
}

// An entity tag, weak or strong; its opaque part may hold commas, so a list is not split on them.
const entityTag = /(W\/)?"([^"]*)"/g

/**
 * Whether an `If-None-Match` value names the tag: `*`, or any tag in its list by the weak
 * comparison (RFC 9110 §13.1.2, §8.8.3.2), so `W/"x"` matches `"x"`, as a cache that weakened the
 * tag of a compressed copy sends it.
 */
export function noneMatch(header: string, tag: string): boolean {
  if (header.trim() === '*') return true
  const opaque = tag.replace(/^W\//, '')
  return [...header.matchAll(entityTag)].some((match) => `"${match[2] ?? ''}"` === opaque)
}

// The headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5).
const keptOnNotModified = ['Cache-Control', 'Content-Location', 'Vary']

/**
 * Gives a successful answer a strong ETag made of the dataset version, the path, the normalised
 * query and the media type: the answer is fixed by them, so a client that has it gets a 304 and no
 * body. `Cache-Control: no-cache` lets a cache keep the answer but not reuse it unasked: the
 * latest version's answers change when a new version is published.
 */
export function withETag(request: Request, response: Response, version: string): Response {
  if (response.status !== 200) return response
  const url = new URL(request.url)
  // The media type too: the bulk export of a query is another body than its JSON page.
  const type = response.headers.get('content-type') ?? ''
  const tag = `"${version}-${fingerprint(`${url.pathname}?${normalisedQuery(url)} ${type}`)}"`
  response.headers.set('ETag', tag)
  response.headers.set('Cache-Control', 'no-cache')
  const asked = request.headers.get('if-none-match')
  if (!asked || !noneMatch(asked, tag)) return response
  const headers = new Headers({ ETag: tag })
  for (const name of keptOnNotModified) {
    const value = response.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  // The body is never read: a streamed export is not produced for a client that has it.
  response.body?.cancel().catch(() => undefined)
  return new Response(null, { status: 304, headers })
}
