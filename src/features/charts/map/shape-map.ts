import type { Actor } from '../../../lib/schemas/actor'
import { stanceIds, type StanceId } from '../../../lib/schemas/codebook'
import type { ActorResult } from '../../../lib/statements/apply-filters'
import { numericCodeOf, type CountryCodeOf } from './join'

/** A country's colour on the map: its derived stance, or one of two classes off the scale. */
export type MapClass = StanceId | 'not-placed' | 'no-statement'
export const mapClasses: readonly MapClass[] = [...stanceIds, 'not-placed', 'no-statement']

export type MapEntry = {
  actor: Actor
  /** The map feature it is drawn as (ISO 3166-1 numeric); null for organisations and the like. */
  code: string | null
  mapClass: MapClass
  statements: number
  /** Across events: the stances tied for most frequent, when no single one is. */
  tied: StanceId[]
}

export const notPlacedRule =
  'Not placed on the scale: a party to the conflict, or an actor whose statements express no stance toward the operation.'

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

export function isStance(mapClass: MapClass): mapClass is StanceId {
  return mapClass !== 'not-placed' && mapClass !== 'no-statement'
}
