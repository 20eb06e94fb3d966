import type { Actor } from '../../../lib/schemas/actor'

// ISO 3166-1 alpha-2 → numeric, for the states this dataset has today. One table in one function,
// to be replaced by the gazetteer's lookup for every UN member state.
const numericCodes: Record<string, string> = {
  am: '051',
  az: '031',
  de: '276',
  fr: '250',
  ru: '643',
  tr: '792',
  us: '840',
}

/** The map feature (ISO 3166-1 numeric) an actor is drawn as, or null when it is not a country. */
export function numericCodeOf(actor: Actor): string | null {
  if (actor.kind === 'international-organisation') return null
  return numericCodes[actor.emblem] ?? null
}

export type CountryCodeOf = (actor: Actor) => string | null
