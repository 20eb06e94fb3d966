import { feature, merge } from 'topojson-client'
import { geoContains } from 'd3-geo'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import type { WorldTopology, TopologyCountry } from './world-topology'

/** A shape on the map: a UN member state (`code`, ISO 3166-1 numeric) or a territory (`code` null). */
export type MapCountry = {
  /** Unique on the map: the numeric code, or the territory's name in the data. */
  key: string
  code: string | null
  name: string
  shape: Feature<Polygon | MultiPolygon>
}

// Features in the data that are not UN member states. They take no colour: colouring them as a
// state, or in their administering or claiming state's colour, would take a side on their status.
const territoryCodes = new Set(['158', '238', '260', '275', '304', '540', '630', '732'])
const antarctica = '010'
// De facto entities the data draws apart, merged back into the state the UN recognises.
const mergedInto: Record<string, string> = { 'N. Cyprus': '196', Somaliland: '706' }
// Natural Earth draws Crimea inside Russia; a point in it finds the polygon to give back to Ukraine.
const crimea: [number, number] = [34.1, 44.95]
const russia = '643'
const ukraine = '804'

const shapeOf = (
  topology: WorldTopology,
  geometry: TopologyCountry,
): Feature<Polygon | MultiPolygon> =>
  geometry.type === 'Polygon' ? feature(topology, geometry) : feature(topology, geometry)

/** The countries as the map draws them, with the boundary decisions in `bordersNote` applied. */
export function recognisedCountries(topology: WorldTopology): MapCountry[] {
  const geometries = topology.objects.countries.geometries
  const byCode = new Map(geometries.flatMap((g) => (g.id ? [[g.id, g] as const] : [])))
  const additions = new Map<string, TopologyCountry[]>()
  const add = (code: string, part: TopologyCountry) =>
    additions.set(code, [...(additions.get(code) ?? []), part])
  let russiaWithoutCrimea: TopologyCountry | null = null

  const russiaGeometry = byCode.get(russia)
  if (russiaGeometry?.type === 'MultiPolygon') {
    const polygons = russiaGeometry.arcs
    const index = polygons.findIndex((arcs) =>
      geoContains(feature(topology, { type: 'Polygon', arcs, properties: { name: '' } }), crimea),
    )
    const crimeaArcs = polygons[index]
    if (crimeaArcs) {
      add(ukraine, { type: 'Polygon', arcs: crimeaArcs, properties: { name: 'Crimea' } })
      russiaWithoutCrimea = {
        ...russiaGeometry,
        arcs: polygons.filter((_, i) => i !== index),
      }
    }
  }
  for (const geometry of geometries) {
    const target = mergedInto[geometry.properties.name]
    if (target) add(target, geometry)
  }

  return geometries.flatMap((geometry): MapCountry[] => {
    const { name } = geometry.properties
    if (geometry.id === antarctica || mergedInto[name]) return []
    if (!geometry.id || territoryCodes.has(geometry.id))
      return [{ key: geometry.id ?? name, code: null, name, shape: shapeOf(topology, geometry) }]
    const own = geometry.id === russia && russiaWithoutCrimea ? russiaWithoutCrimea : geometry
    const parts = additions.get(geometry.id)
    const shape: Feature<Polygon | MultiPolygon> = parts
      ? { type: 'Feature', properties: {}, geometry: merge(topology, [own, ...parts]) }
      : shapeOf(topology, own)
    return [{ key: geometry.id, code: geometry.id, name, shape }]
  })
}
