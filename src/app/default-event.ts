import type { Event } from '../lib/schemas/event'
import type { Dataset } from '../lib/url-state/view-state'

/**
 * The event a link that names none shows: the dataset's first (the article's event); null, every
 * event at once, for the synthetic corpus, which is there to test the page at scale, and until the
 * events are known. The header then says it is all events, as the cards and charts below show.
 */
export function defaultEventOf(
  dataset: Dataset,
  events: readonly Pick<Event, 'id'>[] | undefined,
): string | null {
  return dataset === 'synthetic' ? null : (events?.[0]?.id ?? null)
}
