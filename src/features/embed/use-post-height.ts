import { useEffect } from 'react'

/**
 * In an iframe, tells the parent page how tall the content is, so a resizer script can fit the
 * frame to it. Only a number is sent: nothing of the page's content leaves it.
 */
export function usePostHeight(enabled: boolean) {
  useEffect(() => {
    if (!enabled || window.parent === window) return
    let last = 0
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage(height, '*')
    }
    const observer = new ResizeObserver(post)
    observer.observe(document.documentElement)
    post()
    return () => observer.disconnect()
  }, [enabled])
}
