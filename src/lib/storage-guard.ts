/**
 * Where the browser blocks storage (a cross-site iframe with third-party storage off, some private
 * modes), merely reading `window.localStorage` throws, and so would msw's start-up and any store.
 * Put an in-memory stand-in there instead: preferences then last for the visit only.
 */
export function ensureUsableStorage(): 'local' | 'memory' {
  try {
    return window.localStorage.length >= 0 ? 'local' : 'memory'
  } catch {
    const data = new Map<string, string>()
    const memory: Storage = {
      get length() {
        return data.size
      },
      clear: () => data.clear(),
      getItem: (key) => data.get(key) ?? null,
      key: (index) => [...data.keys()][index] ?? null,
      removeItem: (key) => {
        data.delete(key)
      },
      setItem: (key, value) => {
        data.set(key, value)
      },
    }
    Object.defineProperty(window, 'localStorage', { value: memory, configurable: true })
    return 'memory'
  }
}

/**
 * Entries that third-party code reads when its module loads, each with the shape it expects. msw
 * iterates its stored cookie list as soon as it is imported, so anything but an array of objects
 * there (`{}`, `1`, `true`, broken JSON) would stop the mock API from ever starting, on every visit.
 */
const foreignEntries: Record<string, (value: unknown) => boolean> = {
  '__msw-cookie-store__': (value) =>
    Array.isArray(value) &&
    value.every((item: unknown) => typeof item === 'object' && item !== null),
}

/** Removes stored entries that the libraries would choke on, and says which ones it removed. */
export function dropCorruptEntries(): string[] {
  const removed: string[] = []
  for (const [key, isUsable] of Object.entries(foreignEntries)) {
    try {
      const text = window.localStorage.getItem(key)
      if (text === null || parsesAs(text, isUsable)) continue
      window.localStorage.removeItem(key)
      removed.push(key)
    } catch {
      // Storage that throws is replaced by `ensureUsableStorage`; nothing stored can break then.
    }
  }
  return removed
}

function parsesAs(text: string, isUsable: (value: unknown) => boolean): boolean {
  try {
    return isUsable(JSON.parse(text))
  } catch {
    return false
  }
}
