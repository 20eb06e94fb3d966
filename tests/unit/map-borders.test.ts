import { readFileSync } from 'node:fs'
import { geoContains } from 'd3-geo'
import { expect, test } from 'vitest'
import { loadWorld } from '../../src/features/charts/map/load-world'
import { parseWorldTopology } from '../../src/features/charts/map/world-topology'

const raw: unknown = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
)

/** The drawn shapes a point falls in, by code (or name, for a territory). */
async function shapesAt(point: [number, number]) {
  const countries = await loadWorld()
  return countries
    .filter((country) => geoContains(country.shape, point))
    .map((country) => country.code ?? `territory:${country.name}`)
}

test('the data has no separate Karabakh feature, and Karabakh is drawn as part of Azerbaijan', async () => {
  const names = parseWorldTopology(raw).objects.countries.geometries.map(
    (geometry) => geometry.properties.name,
  )
  expect(names.filter((name) => /karabakh|artsakh/i.test(name))).toEqual([])
  // Khankendi (Stepanakert).
  expect(await shapesAt([46.75, 39.82])).toEqual(['031'])
})

test('recognised borders: Crimea in Ukraine, Northern Cyprus in Cyprus, Somaliland in Somalia', async () => {
  expect(await shapesAt([34.1, 44.95])).toEqual(['804'])
  expect(await shapesAt([33.6, 35.3])).toEqual(['196'])
  expect(await shapesAt([44.06, 9.56])).toEqual(['706'])
  // Russia keeps the rest of its land.
  expect(await shapesAt([37.6, 55.75])).toEqual(['643'])
})

test('places that are not UN member states are drawn without being given a state', async () => {
  expect(await shapesAt([20.9, 42.6])).toEqual(['territory:Kosovo'])
  expect(await shapesAt([121, 23.7])).toEqual(['territory:Taiwan'])
  expect(await shapesAt([-12.9, 24.2])).toEqual(['territory:W. Sahara'])
  const countries = await loadWorld()
  expect(countries.some((country) => country.name === 'Antarctica')).toBe(false)
  const codes = countries.flatMap((country) => (country.code ? [country.code] : []))
  expect(new Set(codes).size).toBe(codes.length)
})

test('unreadable boundary data gets a message a person understands', () => {
  expect(() => parseWorldTopology({ type: 'Topology', objects: {} })).toThrow(
    'The world map’s boundary data could not be read, so the map is not shown.',
  )
})
