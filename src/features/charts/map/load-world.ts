import { recognisedCountries, type MapCountry } from './borders'
import { parseWorldTopology } from './world-topology'

let loading: Promise<MapCountry[]> | null = null

/**
 * The countries to draw. The boundary data (about 40 kB gzipped) is imported on first use, so it
 * is never part of the first paint; later calls share the one load, and a failed load is retried.
 */
export function loadWorld(): Promise<MapCountry[]> {
  loading ??= import('world-atlas/countries-110m.json')
    .then((module) => recognisedCountries(parseWorldTopology(module.default)))
    .catch((error: unknown) => {
      loading = null
      throw error
    })
  return loading
}
