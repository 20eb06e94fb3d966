import { lazy, Suspense, useRef, useState, type ReactNode } from 'react'
import { PanelSkeleton } from '../../../components/panel-state'
import { countOf, formatCount } from '../../../lib/format'
import { feedAttributes, useFeedKeys, type FeedProps } from './feed-keys'

/**
 * A feed this short is drawn whole, as a plain grid: find-in-page, print and the prerendered page
 * see every card, and the page needs no code to place them. Longer feeds draw the rows near the
 * view, with a virtualiser loaded only for them.
 */
const drawnWhole = 60

/**
 * A longer feed shows its first cards and more on request, as search results do: the charts,
 * the comparison and the footer stay a few screens down, not tens of thousands of pixels.
 */
const shownAtFirst = 12

const VirtualFeed = lazy(() =>
  import('./virtual-feed').then((module) => ({ default: module.VirtualFeed })),
)

/**
 * Cards as an ARIA feed: each card is an article that says its place (`aria-posinset` of
 * `aria-setsize`), and Page Down and Page Up move between cards.
 */
export function CardFeed<Card>({
  cards,
  renderCard,
  ...feed
}: Omit<FeedProps, 'count' | 'renderCard'> & {
  cards: readonly Card[]
  renderCard: (card: Card, place: { index: number; size: number }) => ReactNode
}) {
  const size = cards.length
  const drawAt = (index: number) => {
    const card = cards[index]
    return card === undefined ? null : renderCard(card, { index, size })
  }
  const [asked, setAsked] = useState(shownAtFirst)
  if (size <= drawnWhole) return <WholeFeed {...feed} count={size} renderCard={drawAt} />
  // A permalink's card is always among those shown.
  const shown = Math.min(size, Math.max(asked, (feed.focusCard ?? -1) + 1))
  const more = Math.min(shownAtFirst, size - shown)
  return (
    <>
      <Suspense fallback={<PanelSkeleton rows={8} label="Loading the cards" />}>
        <VirtualFeed {...feed} count={shown} renderCard={drawAt} />
      </Suspense>
      {shown < size && (
        <p className="feed-more">
          <span>
            The first {formatCount(shown)} of {countOf(size, 'actor')}.
          </span>
          <button type="button" className="link-button" onClick={() => setAsked(shown + more)}>
            Show {formatCount(more)} more
          </button>
          <button type="button" className="link-button" onClick={() => setAsked(size)}>
            Show all {formatCount(size)}
          </button>
        </p>
      )}
    </>
  )
}

function WholeFeed({ label, count, renderCard, busy }: FeedProps) {
  const feed = useRef<HTMLDivElement>(null)
  useFeedKeys(feed, count, (index) =>
    feed.current?.querySelector<HTMLElement>(`[aria-posinset="${index + 1}"]`)?.focus(),
  )
  return (
    <div ref={feed} {...feedAttributes(label, busy)} className="card-feed card-feed-whole">
      <div role="none" className="actor-grid">
        {Array.from({ length: count }, (_, index) => renderCard(index))}
      </div>
    </div>
  )
}
