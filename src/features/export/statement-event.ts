import { cameoOf } from '../../lib/codebook/cameo'
import { genericTerms, termsOf } from '../../lib/codebook/event-terms'
import { codebookLabels, type CodebookLabels } from '../../lib/labels'
import type { Codebook } from '../../lib/schemas/codebook'
import type { Event } from '../../lib/schemas/event'
import type { Statement } from '../../lib/schemas/statement'
import { eventOfSourceIn } from '../../lib/view/events-in-view'

/**
 * The columns that let an exported statement merge with event data: the event it reacts to, its
 * stance in words that compare across events and in the event's own, and its CAMEO event code.
 */
export type EventColumns = {
  /** The event whose sources report the statement; empty where no event lists its source. */
  event_id: string
  event_title: string
  /** Who set the event off, as the labels name them ("Azerbaijan"); empty where it names none. */
  event_initiator: string
  /** The stance in the generic words of a view across events: "Urges the initiator to halt". */
  stance_label_generic: string
  /** The stance in the words of its event: "Urges Azerbaijan to halt"; empty without an event. */
  stance_label_event: string
  /** CAMEO 1.1b3's code and name for the statement's own coding (`src/lib/codebook/cameo.ts`). */
  cameo_code: string
  cameo_name: string
}

export type EventContext = {
  codebook: Codebook
  events: readonly Event[]
  /** The id of the event in view, or `allEvents`. */
  event: string
}

/** The event columns of each statement, its event found by its source and its labels kept per event. */
export function eventColumnsOf({ codebook, events, event }: EventContext) {
  const eventOf = eventOfSourceIn(events, event)
  const generic = codebookLabels(codebook, genericTerms)
  const byEvent = new Map<string, CodebookLabels>()
  const labelsOf = (item: Event) => {
    const known = byEvent.get(item.id)
    if (known) return known
    const labels = codebookLabels(codebook, termsOf(item))
    byEvent.set(item.id, labels)
    return labels
  }
  return (statement: Statement): EventColumns => {
    const own = eventOf(statement.sourceId)
    const { stance } = statement
    const cameo = cameoOf(statement)
    return {
      event_id: own?.id ?? '',
      event_title: own?.title ?? '',
      event_initiator: own?.initiator?.name ?? '',
      stance_label_generic: stance ? generic.stance(stance) : '',
      stance_label_event: stance && own ? labelsOf(own).stance(stance) : '',
      cameo_code: cameo.code,
      cameo_name: cameo.name,
    }
  }
}
