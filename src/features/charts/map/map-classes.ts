import type { Actor } from '../../../lib/schemas/actor'
import { stanceIds, type StanceId } from '../../../lib/vocabulary'

// Kept apart from shape-map.ts, whose join reaches the gazetteer and through it the entry chunk:
// the map's lazy chunk imports only these, so it never asks to preload the entry's stylesheet,
// which the build inlines into the page and no longer serves as a file.

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

export function isStance(mapClass: MapClass): mapClass is StanceId {
  return mapClass !== 'not-placed' && mapClass !== 'no-statement'
}
