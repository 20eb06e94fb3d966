import { states } from '../../../lib/gazetteer/gazetteer'
import type { Actor } from '../../../lib/schemas/actor'

// ISO 3166-1 alpha-2 (the actor's emblem) → numeric, as world-atlas writes it (three digits), for
// every UN member state in the gazetteer: any state in a dataset is placed on the map.
const numericCodes = new Map(
  states.map((state) => [state.alpha2, String(state.numeric).padStart(3, '0')]),
)

/** The map feature (ISO 3166-1 numeric) an actor is drawn as, or null when it is not a country. */
export function numericCodeOf(actor: Actor): string | null {
  if (actor.kind === 'international-organisation') return null
  return numericCodes.get(actor.emblem) ?? null
}

export type CountryCodeOf = (actor: Actor) => string | null
