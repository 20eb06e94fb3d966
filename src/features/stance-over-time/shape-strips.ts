import type { Actor } from '../../lib/schemas/actor'
import type { Statement } from '../../lib/schemas/statement'
import { statementsByActor } from '../../lib/group-by'
import { buildStrips, ruleFor, topActors, type StanceCell, type StripEvent } from './strips'

/** Strips for this many actors until someone adds more. */
export const shownByDefault = 12

/**
 * A strip as the engine's worker sends it: the actor and each event by id, since the page holds
 * them already, and for each cell only what it draws.
 */
export type ShapedStrip = {
  actorId: string
  cells: (Omit<StanceCell<StripEvent>, 'event'> & { eventId: string })[]
}

/**
 * Shapes a dataset's default strips for each view: those of the actors with the most statements
 * in view. An actor's strip rests on all its statements, so it changes with the dataset alone,
 * never with the filters: each is derived once and kept.
 */
export function createStripShaper(data: {
  statements: readonly Statement[]
  events: readonly StripEvent[]
  codebookVersion: string
}) {
  const byActor = statementsByActor(data.statements)
  const rule = ruleFor(data.codebookVersion)
  const kept = new Map<string, ShapedStrip>()
  const stripOf = (actor: Actor): ShapedStrip => {
    const known = kept.get(actor.id)
    if (known) return known
    const cells = buildStrips([actor], byActor.get(actor.id) ?? [], data.events, rule).flatMap(
      (strip) => strip.cells.map(({ event, ...cell }) => ({ ...cell, eventId: event.id })),
    )
    const strip = { actorId: actor.id, cells }
    kept.set(actor.id, strip)
    return strip
  }
  return (results: readonly { actor: Actor; statements: readonly unknown[] }[]): ShapedStrip[] =>
    topActors(results, shownByDefault).map(stripOf)
}
