import { useEffect, useRef, type ReactNode, type RefObject } from 'react'

/** A feed of `count` cards, each drawn by `renderCard(index)`, which says its place in the feed. */
export type FeedProps = {
  label: string
  count: number
  renderCard: (index: number) => ReactNode
  busy: boolean
  focusCard?: number | null
  /** What `focusCard` stands for (a permalink's statement): the card is scrolled to when it changes. */
  focusKey?: string | null
}

/**
 * Page Down and Page Up from anywhere in a card move to the next or previous card: the ARIA feed
 * pattern's keys. `moveTo` brings that card into view and focuses it.
 */
export function useFeedKeys(
  feed: RefObject<HTMLElement | null>,
  count: number,
  moveTo: (index: number) => void,
): void {
  const move = useRef(moveTo)
  useEffect(() => {
    move.current = moveTo
  })
  useEffect(() => {
    const element = feed.current
    if (!element) return
    const onKeyDown = (event: KeyboardEvent) => {
      const step = event.key === 'PageDown' ? 1 : event.key === 'PageUp' ? -1 : 0
      const card = event.target instanceof Element ? event.target.closest('[aria-posinset]') : null
      const index = Number(card?.getAttribute('aria-posinset') ?? 0) - 1 + step
      if (step === 0 || !card || index < 0 || index >= count) return
      event.preventDefault()
      move.current(index)
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [feed, count])
}

/** The feed's own attributes, the same whether it is drawn whole or a few rows at a time. */
export const feedAttributes = (label: string, busy: boolean) =>
  ({ role: 'feed', 'aria-label': label, 'aria-busy': busy }) as const
