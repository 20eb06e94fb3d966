import { chartTitles } from '../features/charts/titles'
import type { CiteContext } from '../lib/cite'
import { formatDay } from '../lib/format'
import type { Actor } from '../lib/schemas/actor'
import type { DatasetMeta } from '../lib/schemas/event'
import type { SourceSummary } from '../lib/schemas/source'
import { isSyntheticMeta, syntheticNotice } from '../lib/synthetic-notice'
import { chartIds, type ViewState } from '../lib/url-state/view-state'

/** The line under every chart and embed: where the facts come from, and which dataset. */
export function sourceLineOf(sources: readonly SourceSummary[], datasetVersion: string): string {
  // The synthetic corpus's sources are generated, each noted so: none is named as a source.
  if (sources.some((item) => item.publishedNote === syntheticNotice))
    return `${syntheticNotice}: generated for testing at scale, dataset ${datasetVersion}.`
  const published = sources
    .filter((item) => !item.yours)
    .map(
      (item) => `${item.outlet}${item.via ? ` via ${item.via}` : ''}, ${formatDay(item.published)}`,
    )
  const yours = sources.filter((item) => item.yours).length
  const own =
    yours === 0 ? '' : ` and ${yours === 1 ? 'one source' : `${yours} sources`} of your own`
  return `Source: ${published.join('; ')}${own}. Coded by the diplomatic reactions tracker, dataset ${datasetVersion}${yours > 0 ? ', with your own coding' : ''}.`
}

/**
 * What a citation of this view names, read when it is asked for (the address and the day change).
 * Without the source or the dataset there is nothing to cite, and the cite buttons are left out.
 * A statement names its own source (`sourceId`): the analyst's own statements cite theirs.
 */
export function citeContextOf(
  sources: readonly SourceSummary[] | undefined,
  dataset: DatasetMeta | undefined,
  /** The address to cite; by default the page's own, read when citing. */
  url?: string,
): ((sourceId?: string) => CiteContext) | null {
  const published = sources?.find((item) => !item.yours)
  if (!sources || !published || !dataset) return null
  return (sourceId) => ({
    source: sources.find((item) => item.id === sourceId) ?? published,
    datasetVersion: dataset.version,
    datasetYear: dataset.updatedAt.slice(0, 4),
    url: url ?? window.location.href,
    accessed: new Date(),
    synthetic: isSyntheticMeta(dataset),
  })
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
