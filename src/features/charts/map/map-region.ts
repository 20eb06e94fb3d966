import type { Event } from '../../../lib/schemas/event'
import type { MapRegion } from './map-layout'

/** The South Caucasus, with Türkiye and Russia's southern border: the article's event's region. */
export const southCaucasus: MapRegion = {
  label: 'South Caucasus',
  west: 26,
  south: 35.5,
  east: 51,
  north: 46,
}

/** The regions the map can draw larger, by the country an event happened in, as events name it. */
const regionOfCountry = new Map<string, MapRegion>([
  ['Armenia', southCaucasus],
  ['Azerbaijan', southCaucasus],
  ['Georgia', southCaucasus],
])

/**
 * The region the map draws larger beside the world: that of the country where the event in view
 * happened, where the map has one. None across events, nor for an event elsewhere or one that
 * names no country: the South Caucasus drawn for another event would say it happened there.
 */
export function regionOf(event: Pick<Event, 'country'> | null): MapRegion | null {
  return (event?.country && regionOfCountry.get(event.country)) || null
}
