/**
 * The data behind the API changed without a new request (the analyst saved work in their
 * workspace): whoever holds answers asks again.
 */
const listeners = new Set<() => void>()

export function onDataChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function announceDataChanged(): void {
  listeners.forEach((listener) => listener())
}
