import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { actorsQueryOptions } from '../../lib/api/actors'
import { codebookQueryOptions } from '../../lib/api/codebook'
import { eventsQueryOptions } from '../../lib/api/events'
import { speaksOfTheEvent, termsOf } from '../../lib/codebook/event-terms'
import { gazetteerEntry } from '../../lib/gazetteer/gazetteer'
import { codebookLabels, type CodebookLabels } from '../../lib/labels'
import type { Codebook } from '../../lib/schemas/codebook'
import type { DimensionId } from '../../lib/vocabulary'
import type { DraftEvent } from '../../lib/workspace/extract-stance'
import type { WorkspaceData } from '../../lib/workspace/records'

/** "calls-for-restraint" → "Calls for restraint": readable while the codebook's own words load. */
const fromId = (id: string) => {
  const words = id.replaceAll('-', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The event a source is filed under: the analyst's own, or the dataset's. */
export type EventInView = DraftEvent & {
  id: string
  title: string
  action?: { short: string; full: string } | undefined
}

export type WorkspaceLabels = CodebookLabels & {
  /** An actor's name and emblem: the analyst's own actor, the dataset's, a gazetteer entry, or the id. */
  actor: (id: string) => { name: string; emblem: string }
  /**
   * The codebook's question for a dimension, in the event's words; null while it loads, and for a
   * codebook written for one event, whose questions are that event's.
   */
  question: (id: DimensionId) => string | null
  /** The event these words speak of; null for a source filed under none. */
  event: EventInView | null
}

/** The codebook's words in one event's terms, or readable ids while the codebook loads. */
function labelsIn(codebook: Codebook | undefined, event: EventInView | null): CodebookLabels {
  const terms = termsOf(event)
  if (codebook) return codebookLabels(codebook, terms)
  const readable: CodebookLabels = {
    stance: fromId,
    dimension: fromId,
    terms,
    fill: (text) => text,
    forEvent: () => readable,
  }
  return readable
}

/**
 * The words the workspace shows for ids, for the event a source is filed under: each source's
 * statements, drafts and choices read in its own event's terms ("Urges Norvania to halt"), and a
 * source under no event, or under one that names no initiator or action, in the generic words.
 */
export function useWorkspaceLabels(
  data: Pick<WorkspaceData, 'actors' | 'events'>,
): (eventId: string | null) => WorkspaceLabels {
  const codebook = useQuery(codebookQueryOptions()).data
  const served = useQuery(eventsQueryOptions()).data
  const datasetActors = useQuery(actorsQueryOptions()).data
  const { actors: own, events: ownEvents } = data
  return useMemo(() => {
    const actor = (id: string) => {
      const known = own.find((held) => held.id === id) ?? datasetActors?.find((a) => a.id === id)
      if (known) return { name: known.name, emblem: known.emblem }
      const entry = gazetteerEntry(id)
      return entry
        ? { name: entry.name, emblem: entry.flag ?? 'none' }
        : { name: id, emblem: 'none' }
    }
    // Codebook 3 on writes its stance scale from the event; codebooks 1 and 2 for one event only.
    const fromTheEvent = codebook?.stances.some((stance) => speaksOfTheEvent(stance.label)) ?? false
    const labelsOf = (event: EventInView | null): WorkspaceLabels => {
      const labels = labelsIn(codebook, event)
      const question = (id: DimensionId) => {
        const text = fromTheEvent
          ? codebook?.dimensions.find((dimension) => dimension.id === id)?.question
          : undefined
        return text ? labels.fill(text) : null
      }
      return { ...labels, actor, question, event }
    }
    // The analyst's own record last, so it wins: the served copy of it may lag a change saved.
    const byEvent = new Map(
      [...(served ?? []), ...ownEvents].map((event) => [event.id, labelsOf(event)]),
    )
    const generic = labelsOf(null)
    return (eventId) => (eventId !== null && byEvent.get(eventId)) || generic
  }, [codebook, served, datasetActors, own, ownEvents])
}
