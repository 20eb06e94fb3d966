import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react'
import { columnsFor, useElementWidth } from '../use-element-width'
import { feedAttributes, useFeedKeys, type FeedProps } from './feed-keys'

/** A row of cards before it is measured: about a card with its headline and positions. */
const estimatedRowHeight = 420

type RowStyle = CSSProperties & { '--feed-columns': number }

/**
 * A long feed of cards, drawn a few rows of the grid around the view at a time, so hundreds of
 * actors scroll as lightly as ten. Each card is an article that says its place (`aria-posinset`
 * of `aria-setsize`); Page Down and Page Up move between cards, scrolling one into view first
 * when it is not drawn.
 */
export function VirtualFeed({
  label,
  count,
  renderCard,
  busy,
  focusCard = null,
  focusKey = null,
}: FeedProps) {
  const feed = useRef<HTMLDivElement>(null)
  const width = useElementWidth(feed)
  const columns = columnsFor(width)
  const [top, setTop] = useState(0)
  // Where the feed begins on the page: what is above it changes with the cards and the width.
  useLayoutEffect(() => {
    setTop(Math.round((feed.current?.getBoundingClientRect().top ?? 0) + window.scrollY))
  }, [count, width])
  const rows = Math.ceil(count / columns)
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => estimatedRowHeight,
    overscan: 2,
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

  useFeedKeys(feed, count, (index) => {
    pendingFocus.current = index
    virtualizer.scrollToIndex(Math.floor(index / columns), { align: 'auto' })
    // The card may be drawn already, so that no render follows: then it is focused now.
    feed.current?.querySelector<HTMLElement>(`[aria-posinset="${index + 1}"]`)?.focus()
  })
  const rowStyle = (start: number): RowStyle => ({
    '--feed-columns': columns,
    transform: `translateY(${start - top}px)`,
  })
  return (
    <div
      ref={feed}
      {...feedAttributes(label, busy)}
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
          {Array.from({ length: Math.min(columns, count - row.index * columns) }, (_, offset) =>
            renderCard(row.index * columns + offset),
          )}
        </div>
      ))}
    </div>
  )
}
