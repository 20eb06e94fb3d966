import { geoBounds, geoCentroid, geoConicEqualArea, geoEqualEarth, geoPath } from 'd3-geo'
import type { MapCountry } from './borders'

/** The event's region, drawn zoomed beside the world so small parties can be seen and picked. */
export type MapRegion = { label: string; west: number; south: number; east: number; north: number }

export type ShapePath = { key: string; code: string | null; d: string }
export type Box = { x: number; y: number; width: number; height: number }

/** The drawing that depends only on the boundaries, the width and the region: made once per width. */
export type MapProjection = {
  width: number
  /** The world, with the outline of the region (null where there is none) drawn on it. */
  world: Box & { paths: ShapePath[]; region: string | null }
  /** The region zoomed, under its name; null where the event has none. */
  inset: MapInsetBox | null
  /** Drawn codes from west to east, by the centre of each country's area. */
  westToEast: string[]
}

export type MapInsetBox = Box & {
  label: string
  paths: ShapePath[]
  labels: { code: string; x: number; y: number }[]
}

/** Where the key, the list and the note go: cheap, redone when the list changes. */
export type MapPlacement = {
  height: number
  side: Box
  note: { y: number; lines: string[] }
}

const gap = 16
export const noteLineHeight = 16
const noteFontSize = 12
// Nothing drawn lies further south once Antarctica is left out (Tierra del Fuego is at 55° S).
const southernmost = -58

/** Breaks the note into lines that fit the width, with an average glyph width erring wide. */
export function wrap(text: string, width: number, fontSize = noteFontSize): string[] {
  const perLine = Math.max(20, Math.floor(width / (fontSize * 0.56)))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

const wide = (width: number) => width >= 560

/**
 * The world in Equal Earth fitted to the width, and the region (where the event has one) in a
 * conic equal-area projection below it. Fitted to the sphere rather than to the shapes, and
 * without adaptive resampling (1:110m segments are short), which keeps the first drawing cheap.
 */
export function projectMap(
  countries: readonly MapCountry[],
  width: number,
  region: MapRegion | null,
): MapProjection {
  const world = geoEqualEarth().fitWidth(width, { type: 'Sphere' }).precision(0)
  const top = world([0, 90])?.[1] ?? 0
  world.translate([world.translate()[0], world.translate()[1] - top])
  const worldPath = geoPath(world)
  const worldHeight = Math.ceil(world([0, southernmost])?.[1] ?? width / 2)
  const { centroids } = measured(countries)
  return {
    width,
    world: {
      x: 0,
      y: 0,
      width,
      height: worldHeight,
      paths: countries.map((country) => ({
        key: country.key,
        code: country.code,
        d: worldPath(country.shape) ?? '',
      })),
      region:
        region &&
        cornersOf(region)
          .map((corner) => world(corner))
          .flatMap((point) => (point ? [`${point[0].toFixed(1)},${point[1].toFixed(1)}`] : []))
          .join(' '),
    },
    inset: region && projectInset(countries, width, region, worldHeight + gap),
    westToEast: [...centroids]
      .sort((a, b) => a.centre[0] - b.centre[0])
      .map((centroid) => centroid.code),
  }
}

const cornersOf = (region: MapRegion): [number, number][] => [
  [region.west, region.south],
  [region.west, region.north],
  [region.east, region.north],
  [region.east, region.south],
]

/** The region zoomed, at `y` below the world, with its countries' shapes and names' places. */
function projectInset(
  countries: readonly MapCountry[],
  width: number,
  region: MapRegion,
  y: number,
): MapInsetBox {
  const insetWidth = wide(width) ? Math.round(width * 0.55) : width
  const insetHeight = Math.round(insetWidth * 0.55)
  const inset = geoConicEqualArea()
    .parallels([region.south + 2, region.north - 2])
    .rotate([-(region.west + region.east) / 2, 0])
    .fitExtent(
      [
        [0, 0],
        [insetWidth, insetHeight],
      ],
      {
        type: 'MultiPoint',
        coordinates: [...cornersOf(region), [(region.west + region.east) / 2, region.north]],
      },
    )
    .clipExtent([
      [0, 0],
      [insetWidth, insetHeight],
    ])
    .precision(0)
  const insetPath = geoPath(inset)
  const { centroids, bounds } = measured(countries)
  const inside = (point: [number, number] | null): point is [number, number] =>
    point !== null &&
    point[0] > 0 &&
    point[0] < insetWidth &&
    point[1] > 0 &&
    point[1] < insetHeight
  return {
    x: 0,
    y,
    width: insetWidth,
    height: insetHeight,
    label: region.label,
    paths: countries.flatMap((country, index) => {
      // Most of the world lies outside the region: skip it before clipping, the costly step.
      const box = bounds[index]
      if (box && !overlaps(box, region)) return []
      const d = insetPath(country.shape)
      return d ? [{ key: country.key, code: country.code, d }] : []
    }),
    labels: centroids.flatMap(({ code, centre }) => {
      const point = inset(centre)
      return inside(point) ? [{ code, x: point[0], y: point[1] }] : []
    }),
  }
}

type Measured = {
  centroids: { code: string; centre: [number, number] }[]
  /** Each country's [[west, south], [east, north]], in the order of `countries`. */
  bounds: [[number, number], [number, number]][]
}
// Centres and extents do not change with the width: measured once per set of boundaries.
const measuredCache = new WeakMap<readonly MapCountry[], Measured>()
function measured(countries: readonly MapCountry[]): Measured {
  const cached = measuredCache.get(countries)
  if (cached) return cached
  const result = {
    centroids: countries.flatMap((country) =>
      country.code ? [{ code: country.code, centre: geoCentroid(country.shape) }] : [],
    ),
    bounds: countries.map((country) => geoBounds(country.shape)),
  }
  measuredCache.set(countries, result)
  return result
}

// A box whose west lies east of its east crosses the antimeridian: kept, rather than reasoned about.
const overlaps = ([[west, south], [east, north]]: Measured['bounds'][number], region: MapRegion) =>
  west > east ||
  (west <= region.east && east >= region.west && south <= region.north && north >= region.south)

/**
 * The key and list beside the region (below it when narrow, or below the world where there is no
 * region), then the note.
 */
export function placeMap(projection: MapProjection, sideRows: number, note: string): MapPlacement {
  const { inset, width, world } = projection
  const sideHeight = sideRows * 22
  const above = inset ?? { x: 0, y: world.y, width: 0, height: world.height }
  const side: Box =
    inset && wide(width)
      ? { x: inset.width + gap, y: inset.y, width: width - inset.width - gap, height: sideHeight }
      : { x: 0, y: above.y + above.height + gap, width, height: sideHeight }
  const bottom = Math.max(above.y + above.height, side.y + side.height)
  const lines = wrap(note, width)
  return {
    height: bottom + gap + lines.length * noteLineHeight,
    side,
    note: { y: bottom + gap + noteFontSize, lines },
  }
}
