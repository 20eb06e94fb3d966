import { chartTitles } from '../features/charts/titles'
import type { CiteContext } from '../lib/cite'
import { formatDay } from '../lib/format'
import type { Actor } from '../lib/schemas/actor'
import type { DatasetMeta, Event } from '../lib/schemas/event'
import type { SourceSummary } from '../lib/schemas/source'
import { isSyntheticMeta, syntheticNotice } from '../lib/synthetic-notice'
import { chartIds, type ViewState } from '../lib/url-state/view-state'
import { eventInView, eventOfSourceIn, sourcesInView } from '../lib/view/events-in-view'

/** Which events a view shows: the dataset's events, and the id of the one in view or `allEvents`. */
export type EventScope = {
  events: readonly Pick<Event, 'id' | 'title' | 'sourceIds'>[]
  event: string
}

/**
 * The line under every chart and embed: where the facts come from, and which dataset. It names
 * only the sources of the events in view, so a chart of one event never cites another's source.
 */
export function sourceLineOf(
  allSources: readonly SourceSummary[],
  datasetVersion: string,
  { events, event }: EventScope,
): string {
  // The synthetic corpus's sources are generated, each noted so: none is named as a source, and
  // whatever the view, the line says the data is synthetic.
  if (allSources.some((item) => item.publishedNote === syntheticNotice))
    return `${syntheticNotice}: generated for testing at scale, dataset ${datasetVersion}.`
  const sources = sourcesInView(allSources, events, event)
  const published = sources
    .filter((item) => !item.yours)
    .map(
      (item) => `${item.outlet}${item.via ? ` via ${item.via}` : ''}, ${formatDay(item.published)}`,
    )
  const yours = sources.filter((item) => item.yours).length
  const own = yours === 0 ? '' : `${yours === 1 ? 'one source' : `${yours} sources`} of your own`
  // A view of the analyst's own event has no published source to name before theirs.
  const named = [published.join('; '), own].filter((part) => part !== '').join(' and ')
  const coded = `Coded by the diplomatic reactions tracker, dataset ${datasetVersion}${yours > 0 ? ', with your own coding' : ''}.`
  if (!named) return coded
  return `Source: ${named.charAt(0).toUpperCase()}${named.slice(1)}. ${coded}`
}

/**
 * What a citation of this view names, read when it is asked for (the address and the day change).
 * The view cites the published sources of its events (the analyst's own, where it has none) and
 * is titled by the event in view; a statement cites its own source and event (`sourceId`), so the
 * analyst's own statements cite theirs. Without a source or the dataset there is nothing to cite,
 * and the cite buttons are left out.
 */
export function citeContextOf(
  allSources: readonly SourceSummary[] | undefined,
  dataset: DatasetMeta | undefined,
  { events, event }: EventScope,
  /** The address to cite; by default the page's own, read when citing. */
  url?: string,
): ((sourceId?: string) => CiteContext) | null {
  if (!allSources || !dataset) return null
  const inView = sourcesInView(allSources, events, event)
  const published = inView.filter((item) => !item.yours)
  const viewSources = published.length > 0 ? published : inView
  if (viewSources.length === 0) return null
  const viewEvent = eventInView(events, event)
  const eventOf = eventOfSourceIn(events, event)
  return (sourceId) => {
    const source = sourceId === undefined ? undefined : allSources.find(({ id }) => id === sourceId)
    const cited = source ? eventOf(source.id) : viewEvent
    return {
      sources: source ? [source] : viewSources,
      event: cited ? { title: cited.title } : null,
      datasetVersion: dataset.version,
      datasetYear: dataset.updatedAt.slice(0, 4),
      url: url ?? window.location.href,
      accessed: new Date(),
      synthetic: isSyntheticMeta(dataset),
    }
  }
}

/** What the Embed dialog offers for this view. */
export function embedOptionsOf(view: ViewState, actors: readonly Actor[]) {
  return [
    { value: 'cards' as const, label: 'The cards, as filtered' },
    ...(view.compare.length >= 2 ? [{ value: 'compare' as const, label: 'The comparison' }] : []),
    ...chartIds.map((chart) => ({
      value: `chart:${chart}` as const,
      label: `Chart: ${chartTitles[chart]}`,
    })),
    ...actors.map((actor) => ({
      value: `card:${actor.id}` as const,
      label: `One card: ${actor.name}`,
    })),
  ]
}
