import { deriveStanceSummary } from '../../lib/codebook/derive-stance'
import { deriveStanceSummaryV1 } from '../../lib/codebook/derive-stance-v1'
import type { Actor } from '../../lib/schemas/actor'
import type { Event } from '../../lib/schemas/event'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import type { Statement } from '../../lib/schemas/statement'
import { eventOfSource } from '../../lib/statements/event-summaries'

/** How a stance is derived from statements: the rule of the codebook the data was coded by. */
export type StanceRule = {
  derive: (actor: Actor, statements: readonly Statement[]) => StanceSummary
  /** The rule in words, for the caption. */
  description: string
}

/** Codebook 1's most-frequent rule for data coded by it, codebook 2's rule otherwise. */
export function ruleFor(codebookVersion: string): StanceRule {
  return codebookVersion.startsWith('1.')
    ? {
        derive: deriveStanceSummaryV1,
        description: `codebook ${codebookVersion}’s rule: the most frequent stance, a tie going toward condemnation`,
      }
    : {
        derive: deriveStanceSummary,
        description: `codebook ${codebookVersion}’s rule: an explicit stance is decisive, otherwise the median; mixed where no single stance is central`,
      }
}

/** What a strip needs of an event: the statements it claims and when it starts. */
export type StripEvent = Pick<Event, 'id' | 'sourceIds' | 'start'>

/**
 * One event where the actor spoke, with the stance its statements there give (what a cell draws
 * of it); `yours` when some of them are the analyst's own.
 */
export type StanceCell<E extends StripEvent = Event> = {
  event: E
  summary: Pick<StanceSummary, 'stance' | 'range' | 'status'>
  statementCount: number
  yours: boolean
}
export type ActorStrip<E extends StripEvent = Event> = { actor: Actor; cells: StanceCell<E>[] }

/**
 * The actors with the most statements in view, most first (ties in the actors' own order): the
 * strips shown before anyone adds another.
 */
export function topActors(
  results: readonly { actor: Actor; statements: readonly unknown[] }[],
  count: number,
): Actor[] {
  return [...results]
    .sort((a, b) => b.statements.length - a.statements.length || a.actor.order - b.actor.order)
    .slice(0, count)
    .map((result) => result.actor)
}

/**
 * For each actor, its stance in each event where it spoke, in date order: derived by `rule` from
 * all its statements in that event. One pass over the statements, whatever their number.
 */
export function buildStrips<E extends StripEvent>(
  actors: readonly Actor[],
  statements: readonly Statement[],
  events: readonly E[],
  rule: StanceRule,
): ActorStrip<E>[] {
  const owner = eventOfSource(events)
  const wanted = new Set(actors.map((actor) => actor.id))
  const byActor = new Map<string, Map<string, Statement[]>>()
  for (const statement of statements) {
    if (!wanted.has(statement.actorId)) continue
    const eventId = owner.get(statement.sourceId)
    if (eventId === undefined) continue
    const own = byActor.get(statement.actorId) ?? new Map<string, Statement[]>()
    byActor.set(statement.actorId, own)
    const list = own.get(eventId) ?? []
    own.set(eventId, list)
    list.push(statement)
  }
  const ordered = [...events].sort((a, b) => a.start.localeCompare(b.start))
  return actors.map((actor) => {
    const own = byActor.get(actor.id)
    const cells = ordered.flatMap((event) => {
      const said = own?.get(event.id)
      if (!said) return []
      const yours = said.some((statement) => statement.yours)
      const { stance, range, status } = rule.derive(actor, said)
      return [{ event, summary: { stance, range, status }, statementCount: said.length, yours }]
    })
    return { actor, cells }
  })
}
