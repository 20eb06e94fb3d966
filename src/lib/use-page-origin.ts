import { useSyncExternalStore } from 'react'

const unchanging = () => () => undefined

/**
 * The page's origin, for links that leave it (an embed's "Open the full view"). It is empty in the
 * prerendered page and while that hydrates, so the links are relative there, and becomes the
 * real origin right after: the build cannot know where the site will be served.
 */
export function usePageOrigin(): string {
  return useSyncExternalStore(
    unchanging,
    () => window.location.origin,
    () => '',
  )
}
