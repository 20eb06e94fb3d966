import { lazy, Suspense, useRef, type ReactNode } from 'react'
import { PanelSkeleton } from '../../../components/panel-state'
import { feedAttributes, useFeedKeys, type FeedProps } from './feed-keys'

/**
 * A feed this short is drawn whole, as a plain grid: find-in-page, print and the prerendered page
 * see every card, and the page needs no code to place them. Longer feeds draw the rows near the
 * view, with a virtualiser loaded only for them.
 */
const drawnWhole = 60

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
  if (size <= drawnWhole) return <WholeFeed {...feed} count={size} renderCard={drawAt} />
  return (
    <Suspense fallback={<PanelSkeleton rows={8} label="Loading the cards" />}>
      <VirtualFeed {...feed} count={size} renderCard={drawAt} />
    </Suspense>
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
