import type { EventTerms } from '../../../lib/codebook/event-terms'
import type { Actor } from '../../../lib/schemas/actor'
import { stanceIds, type StanceId } from '../../../lib/vocabulary'
import type { ActorResult } from '../../../lib/statements/actor-results'
import { numericCodeOf, type CountryCodeOf } from './join'
import { isStance, type MapEntry } from './map-classes'

/** What "not placed" means on the map, in the words of the event in view. */
export const notPlacedRule = (terms: EventTerms) =>
  `Not placed on the scale: a party to the conflict, or an actor whose statements express no stance toward ${terms.action}.`

export const allEventsRule =
  'All events: each country is coloured by the stance derived for it most often across the events. Where two or more stances are derived equally often, the country is not placed on the scale and its stances are named.'

/** The map's classes for one event: the codebook's derived stance where there is one. */
export function shapeMap(
  input: readonly ActorResult[],
  codeOf: CountryCodeOf = numericCodeOf,
): MapEntry[] {
  return input.map(({ actor, summary, statements }) => ({
    actor,
    code: codeOf(actor),
    mapClass:
      summary.status === 'derived' && summary.stance
        ? summary.stance
        : statements.length > 0
          ? 'not-placed'
          : 'no-statement',
    statements: statements.length,
    tied: [],
  }))
}

/**
 * The map's classes across events (see `allEventsRule`): the most frequent derived stance, with
 * no direction favoured in a tie, since across events a tie is a real split rather than noise.
 */
export function shapeMapAcrossEvents(
  events: readonly (readonly ActorResult[])[],
  codeOf: CountryCodeOf = numericCodeOf,
): MapEntry[] {
  const byActor = new Map<
    string,
    { actor: Actor; statements: number; counts: Map<StanceId, number> }
  >()
  for (const event of events) {
    for (const entry of shapeMap(event, codeOf)) {
      const row = byActor.get(entry.actor.id) ?? {
        actor: entry.actor,
        statements: 0,
        counts: new Map<StanceId, number>(),
      }
      row.statements += entry.statements
      if (isStance(entry.mapClass))
        row.counts.set(entry.mapClass, (row.counts.get(entry.mapClass) ?? 0) + 1)
      byActor.set(entry.actor.id, row)
    }
  }
  return [...byActor.values()]
    .sort((a, b) => a.actor.order - b.actor.order)
    .map(({ actor, statements, counts }) => {
      const most = Math.max(0, ...counts.values())
      const top = stanceIds.filter((stance) => most > 0 && counts.get(stance) === most)
      const [only] = top
      return {
        actor,
        code: codeOf(actor),
        mapClass: top.length === 1 && only ? only : statements > 0 ? 'not-placed' : 'no-statement',
        statements,
        tied: top.length > 1 ? top : [],
      }
    })
}
