import { useSyncExternalStore, type ReactNode } from 'react'

// Once the page has been idle, it stays so for this purpose: what waited for it renders at once.
let idle = false
const waiting = new Set<() => void>()

function subscribe(onIdle: () => void) {
  waiting.add(onIdle)
  if (waiting.size === 1 && !idle) {
    const reach = () => {
      idle = true
      waiting.forEach((listener) => listener())
    }
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(reach, { timeout: 2000 })
    else setTimeout(reach, 50)
  }
  return () => {
    waiting.delete(onIdle)
  }
}

/**
 * Renders `children` once the page has first been idle, `fallback` until then, and always
 * `fallback` in the prerendered page and while it hydrates: what is heavy and below the first
 * screen (the charts) never competes with what a reader sees first.
 */
export function AfterIdle({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const ready = useSyncExternalStore(
    subscribe,
    () => idle,
    () => false,
  )
  return ready ? children : fallback
}
