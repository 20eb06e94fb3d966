import { recognisedCountries, type MapCountry } from './borders'

let loading: Promise<MapCountry[]> | null = null

/**
 * The countries to draw. The boundary data (about 40 kB gzipped) and the check of its shape are
 * imported on first use, so they are never part of the first paint nor of the charts' code; later
 * calls share the one load, and a failed load is retried.
 */
export function loadWorld(): Promise<MapCountry[]> {
  loading ??= Promise.all([import('world-atlas/countries-110m.json'), import('./world-topology')])
    .then(([world, { parseWorldTopology }]) =>
      recognisedCountries(parseWorldTopology(world.default)),
    )
    .catch((error: unknown) => {
      loading = null
      throw error
    })
  return loading
}
