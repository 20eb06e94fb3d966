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
