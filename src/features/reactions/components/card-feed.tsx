import { useWindowVirtualizer } from '@tanstack/react-virtual'
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react'
import { columnsFor, useElementWidth } from '../use-element-width'

/** A row of cards before it is measured: about a card with its headline and positions. */
const estimatedRowHeight = 420
/**
 * A feed this short is drawn whole, as a plain grid would be: find-in-page, print and a full-page
 * view see every card. Longer feeds draw the rows near the view.
 */
const drawnWhole = 60

type RowStyle = CSSProperties & { '--feed-columns': number }

/**
 * Cards as an ARIA feed, drawn a few rows of the grid around the view at a time, so hundreds of
 * actors scroll as lightly as ten. Each card is an article that says its place (`aria-posinset`
 * of `aria-setsize`); Page Down and Page Up move between cards, scrolling one into view first
 * when it is not drawn.
 */
export function CardFeed<Card>({
  label,
  cards,
  renderCard,
  busy,
  focusCard = null,
  focusKey = null,
}: {
  label: string
  cards: readonly Card[]
  renderCard: (card: Card, place: { index: number; size: number }) => ReactNode
  busy: boolean
  focusCard?: number | null
  /** What `focusCard` stands for (a permalink's statement): the card is scrolled to when it changes. */
  focusKey?: string | null
}) {
  const feed = useRef<HTMLDivElement>(null)
  const width = useElementWidth(feed)
  const columns = columnsFor(width)
  const [top, setTop] = useState(0)
  // Where the feed begins on the page: what is above it changes with the cards and the width.
  useLayoutEffect(() => {
    setTop(Math.round((feed.current?.getBoundingClientRect().top ?? 0) + window.scrollY))
  }, [cards, width])
  const rows = Math.ceil(cards.length / columns)
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => estimatedRowHeight,
    overscan: cards.length <= drawnWhole ? rows : 2,
    scrollMargin: top,
  })
  const pendingFocus = useRef<number | null>(null)
  useEffect(() => {
    if (pendingFocus.current === null) return
    const card = feed.current?.querySelector<HTMLElement>(
      `[aria-posinset="${pendingFocus.current + 1}"]`,
    )
    if (!card) return
    pendingFocus.current = null
    card.focus()
  })
  // Scrolled to once per key, so later filtering does not pull the page back to the card.
  const [seenKey, setSeenKey] = useState<string | null>(null)
  const [scrollRequest, setScrollRequest] = useState<{ row: number } | null>(null)
  // Only once the width, and so the rows, are known.
  if (focusKey !== seenKey && width > 0) {
    setSeenKey(focusKey)
    setScrollRequest(
      focusKey !== null && focusCard !== null && focusCard >= 0
        ? { row: Math.floor(focusCard / columns) }
        : null,
    )
  }
  useEffect(() => {
    if (scrollRequest) virtualizer.scrollToIndex(scrollRequest.row, { align: 'start' })
  }, [scrollRequest, virtualizer])

  // Page Down and Page Up from anywhere in a card: the feed pattern's keys.
  useEffect(() => {
    const element = feed.current
    if (!element) return
    const onKeyDown = (event: KeyboardEvent) => {
      const step = event.key === 'PageDown' ? 1 : event.key === 'PageUp' ? -1 : 0
      const card = event.target instanceof Element ? event.target.closest('[aria-posinset]') : null
      const index = Number(card?.getAttribute('aria-posinset') ?? 0) - 1 + step
      if (step === 0 || !card || index < 0 || index >= cards.length) return
      event.preventDefault()
      pendingFocus.current = index
      virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' })
      // The card may be drawn already, so that no render follows: then it is focused now.
      element.querySelector<HTMLElement>(`[aria-posinset="${index + 1}"]`)?.focus()
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [cards.length, columns, virtualizer])
  const rowStyle = (start: number): RowStyle => ({
    '--feed-columns': columns,
    transform: `translateY(${start - top}px)`,
  })
  return (
    <div
      ref={feed}
      role="feed"
      aria-label={label}
      aria-busy={busy}
      className="card-feed"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <div
          key={row.key}
          role="none"
          className="actor-grid"
          data-index={row.index}
          ref={virtualizer.measureElement}
          style={rowStyle(row.start)}
        >
          {cards
            .slice(row.index * columns, (row.index + 1) * columns)
            .map((card, offset) =>
              renderCard(card, { index: row.index * columns + offset, size: cards.length }),
            )}
        </div>
      ))}
    </div>
  )
}
