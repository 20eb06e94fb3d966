import { startTransition, useEffect, useState, type ReactNode } from 'react'

// Once the page has been idle, it stays so for this purpose: what waits for it later renders at once.
let reached: Promise<void> | undefined

function pageIdle(): Promise<void> {
  reached ??= new Promise((resolve) => {
    const reach = () => resolve()
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(reach, { timeout: 2000 })
    else setTimeout(reach, 50)
  })
  return reached
}

/**
 * Renders `children` once the page has first been idle, `fallback` until then, and always
 * `fallback` in the prerendered page and while it hydrates: what is heavy and below the first
 * screen (the charts) never competes with what a reader sees first. It renders in a transition,
 * in slices the browser can interrupt.
 */
export function AfterIdle({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  // Never idle in the first render, so that it matches the prerendered page when it hydrates.
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let current = true
    void pageIdle().then(() => {
      if (current) startTransition(() => setReady(true))
    })
    return () => {
      current = false
    }
  }, [])
  return ready ? children : fallback
}
