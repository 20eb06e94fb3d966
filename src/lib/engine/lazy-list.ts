/**
 * A read-only array whose items are made when read, from `itemAt`: a corpus held as columns
 * answers `list[at]`, `length`, and the array methods that read through them (`forEach`, `map`,
 * `slice`), without a million objects made up front. Nothing is remembered: each read makes the
 * item again, so a caller that reads one item often keeps its own copy.
 */
export function lazyList<T>(length: number, itemAt: (at: number) => T): readonly T[] {
  const position = (key: string | symbol) => {
    if (typeof key !== 'string') return -1
    const at = Number(key)
    return Number.isInteger(at) && at >= 0 && at < length && String(at) === key ? at : -1
  }
  // A holey array of that length holds no items, and lets `Array.isArray` and the array methods
  // treat the list as the array it stands for.
  const target = new Array<T>(length)
  return new Proxy(target, {
    get(list, key, receiver) {
      const at = position(key)
      if (at >= 0) return itemAt(at)
      const own: unknown = Reflect.get(list, key, receiver)
      return own
    },
    has(list, key) {
      return position(key) >= 0 || Reflect.has(list, key)
    },
    set() {
      return false
    },
    getOwnPropertyDescriptor(list, key) {
      const at = position(key)
      if (at < 0) return Reflect.getOwnPropertyDescriptor(list, key)
      return { value: itemAt(at), writable: false, enumerable: true, configurable: true }
    },
  })
}
