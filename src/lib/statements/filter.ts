import { compactText, foldText, parseSearch, termMatches } from '../engine/search'
import type { Actor } from '../schemas/actor'
import {
  fillTerms,
  genericTerms,
  termsOf,
  type EventTerms,
  type EventWithTerms,
} from '../codebook/event-terms'
import type { Codebook } from '../schemas/codebook'
import type { Event } from '../schemas/event'
import type { DimensionId, StanceId } from '../vocabulary'
import type { Statement } from '../schemas/statement'

/**
 * The codebook's stance and dimension labels by id, which a search looks through too; the
 * dashboard's `CodebookLabels` is one.
 */
export type LabelLookup = {
  stance: (id: StanceId) => string | undefined
  dimension: (id: DimensionId) => string | undefined
  /**
   * The same labels in the words of each event a statement belongs to ("Urges Azerbaijan to
   * halt" beside "Urges the initiator to halt"), where the codebook writes them from the event.
   */
  ofStatement?: (statement: Statement) => readonly LabelLookup[]
}

type Labelled = Pick<Codebook, 'stances' | 'dimensions'>

function filledLookup(codebook: Labelled, terms: EventTerms): LabelLookup {
  const stances = new Map(
    codebook.stances.map((stance) => [stance.id, fillTerms(stance.label, terms)]),
  )
  const dimensions = new Map(
    codebook.dimensions.map((dimension) => [dimension.id, fillTerms(dimension.label, terms)]),
  )
  return { stance: (id) => stances.get(id), dimension: (id) => dimensions.get(id) }
}

/**
 * The labels a search finds statements by: in the generic words, and with `events`, in the words
 * of each statement's own events (a statement belongs to every event that lists its source).
 */
export function labelLookup(
  codebook: Labelled,
  events: readonly (Pick<Event, 'sourceIds'> & EventWithTerms)[] = [],
): LabelLookup {
  const generic = filledLookup(codebook, genericTerms)
  const bySource = new Map<string, LabelLookup[]>()
  for (const event of events) {
    const own = filledLookup(codebook, termsOf(event))
    for (const sourceId of event.sourceIds)
      bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), own])
  }
  const none: readonly LabelLookup[] = []
  return bySource.size === 0
    ? generic
    : { ...generic, ofStatement: (statement) => bySource.get(statement.sourceId) ?? none }
}

/**
 * The labels a statement is coded with: its stance and the dimensions it takes a position on,
 * then the same in its events' words where they differ.
 */
export function codedLabels(statement: Statement, lookup: LabelLookup | undefined): string[] {
  if (!lookup) return []
  const labels = labelsIn(statement, lookup)
  for (const own of lookup.ofStatement?.(statement) ?? [])
    for (const label of labelsIn(statement, own)) if (!labels.includes(label)) labels.push(label)
  return labels
}

function labelsIn(statement: Statement, lookup: LabelLookup): string[] {
  const labels: string[] = []
  if (statement.stance) labels.push(lookup.stance(statement.stance) ?? '')
  for (const position of statement.positions)
    if (position.value === 'takes') labels.push(lookup.dimension(position.dimension) ?? '')
  return labels
}

/**
 * The words a full-text search looks through, unfolded: the words, the speaker, the office and
 * the actor, then the coded labels, so "humanitarian" finds what is coded so.
 */
export function searchableWords(
  statement: Statement,
  actor: Actor | undefined,
  lookup?: LabelLookup,
): string {
  let words = statement.passage.text
  for (const quote of statement.quotes) words += `\n${quote.text}`
  words += `\n${statement.speaker ?? ''}\n${statement.office ?? ''}`
  words += `\n${actor?.name ?? ''}\n${actor?.shortName ?? ''}`
  const labels = codedLabels(statement, lookup)
  return lookup ? `${words}\n${labels.join('\n')}` : words
}

/** The searchable words folded (case, accents), as a search compares them. */
export function searchableText(
  statement: Statement,
  actor: Actor | undefined,
  lookup?: LabelLookup,
): string {
  return foldText(searchableWords(statement, actor, lookup))
}

/**
 * Whether a search matches a statement: every word or quoted phrase must, folding case, accents,
 * hyphens and spacing ("ceasefire" finds "cease-fire").
 */
export function searchMatches(
  statement: Statement,
  q: string,
  actor: Actor | undefined,
  lookup?: LabelLookup,
): boolean {
  const terms = parseSearch(q)
  if (terms.length === 0) return true
  const folded = searchableText(statement, actor, lookup)
  const compact = compactText(folded)
  return terms.every((term) => termMatches(term, folded, compact))
}

export function compareStatements(a: Statement, b: Statement): number {
  return a.date.earliest.localeCompare(b.date.earliest) || a.passage.start - b.passage.start
}
