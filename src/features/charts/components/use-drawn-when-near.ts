import { startTransition, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * Whether a chart should be drawn yet: once its frame comes within half a screen of the view, or
 * the page is printed, and from then on. Drawing a chart is the page's heaviest work, so a phone
 * that opens the dashboard does none of it until the reader scrolls towards the charts; their
 * titles, descriptions and tables are in the page from the start. Where the browser cannot tell
 * (no IntersectionObserver), or `atOnce` (an embed of one chart), it draws at once.
 */
export function useDrawnWhenNear<T extends Element>(atOnce: boolean) {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(atOnce || typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true))
      },
      { rootMargin: '50% 0px' },
    )
    observer.observe(element)
    // Printing lays the page out at once: every chart is drawn before it does.
    const print = window.matchMedia('print')
    const drawForPrint = () => flushSync(() => setNear(true))
    const onPrintMedia = (event: MediaQueryListEvent) => {
      if (event.matches) drawForPrint()
    }
    print.addEventListener('change', onPrintMedia)
    window.addEventListener('beforeprint', drawForPrint)
    return () => {
      observer.disconnect()
      print.removeEventListener('change', onPrintMedia)
      window.removeEventListener('beforeprint', drawForPrint)
    }
  }, [near])
  return [ref, near] as const
}
