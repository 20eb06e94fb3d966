import { geoCentroid, geoConicEqualArea, geoEqualEarth, geoPath } from 'd3-geo'
import type { MapCountry } from './borders'

/** The event's region, drawn zoomed beside the world so small parties can be seen and picked. */
export type MapRegion = { label: string; west: number; south: number; east: number; north: number }

/** For this event: the South Caucasus, with Türkiye and Russia's southern border. */
export const southCaucasus: MapRegion = {
  label: 'South Caucasus',
  west: 26,
  south: 35.5,
  east: 51,
  north: 46,
}

export type ShapePath = { key: string; code: string | null; d: string }
export type Box = { x: number; y: number; width: number; height: number }

export type MapLayout = {
  width: number
  height: number
  world: Box & { paths: ShapePath[]; region: string }
  inset: Box & { paths: ShapePath[]; labels: { code: string; x: number; y: number }[] }
  /** The key and the list of actors not on the map. */
  side: Box
  note: { y: number; lines: string[] }
  /** Drawn codes from west to east, by the centre of each country's area. */
  westToEast: string[]
}

const gap = 16
export const noteLineHeight = 16
const noteFontSize = 12

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

/**
 * Where everything goes for a width: the world in Equal Earth fitted to the width, the region in a
 * conic equal-area projection below it, the key and list beside the region, the note last.
 */
export function layoutMap(
  countries: readonly MapCountry[],
  width: number,
  region: MapRegion,
  sideRows: number,
  note: string,
): MapLayout {
  const collection = {
    type: 'FeatureCollection' as const,
    features: countries.map((country) => country.shape),
  }
  const world = geoEqualEarth().fitWidth(width, collection)
  const worldPath = geoPath(world)
  const worldHeight = Math.ceil(worldPath.bounds(collection)[1][1])
  const corners: [number, number][] = [
    [region.west, region.south],
    [region.west, region.north],
    [region.east, region.north],
    [region.east, region.south],
  ]
  const regionOutline = corners
    .map((corner) => world(corner))
    .flatMap((point) => (point ? [`${point[0].toFixed(1)},${point[1].toFixed(1)}`] : []))

  const wide = width >= 560
  const insetWidth = wide ? Math.round(width * 0.55) : width
  const insetHeight = Math.round(insetWidth * 0.55)
  const sideHeight = sideRows * 22
  const insetY = worldHeight + gap
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
        coordinates: [...corners, [(region.west + region.east) / 2, region.north]],
      },
    )
    .clipExtent([
      [0, 0],
      [insetWidth, insetHeight],
    ])
  const insetPath = geoPath(inset)
  const side: Box = wide
    ? { x: insetWidth + gap, y: insetY, width: width - insetWidth - gap, height: sideHeight }
    : { x: 0, y: insetY + insetHeight + gap, width, height: sideHeight }
  const bottom = Math.max(insetY + insetHeight, side.y + side.height)
  const lines = wrap(note, width)

  const centroids = countries.flatMap((country) =>
    country.code ? [{ code: country.code, centre: geoCentroid(country.shape) }] : [],
  )
  return {
    width,
    height: bottom + gap + lines.length * noteLineHeight,
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
      region: regionOutline.join(' '),
    },
    inset: {
      x: 0,
      y: insetY,
      width: insetWidth,
      height: insetHeight,
      paths: countries.flatMap((country) => {
        const d = insetPath(country.shape)
        return d ? [{ key: country.key, code: country.code, d }] : []
      }),
      labels: centroids.flatMap(({ code, centre }) => {
        const point = inset(centre)
        return point &&
          point[0] > 0 &&
          point[0] < insetWidth &&
          point[1] > 0 &&
          point[1] < insetHeight
          ? [{ code, x: point[0], y: point[1] }]
          : []
      }),
    },
    side,
    note: { y: bottom + gap + noteFontSize, lines },
    westToEast: centroids
      .sort((a, b) => a.centre[0] - b.centre[0])
      .map((centroid) => centroid.code),
  }
}

type Label = { code: string; x: number; y: number; text: string }
const labelGlyph = 6.2

/**
 * Neighbours' names would overlap at their centres (Armenia and Azerbaijan in the inset): the
 * western one ends at its centre and the eastern one starts at its own, so both stay readable.
 */
export function spreadLabels(
  labels: readonly Label[],
): (Label & { anchor: 'start' | 'middle' | 'end' })[] {
  const sorted = [...labels].sort((a, b) => a.x - b.x)
  const anchors = sorted.map((): 'start' | 'middle' | 'end' => 'middle')
  sorted.forEach((label, index) => {
    const next = sorted[index + 1]
    if (!next || Math.abs(next.y - label.y) > 14) return
    const room = ((label.text.length + next.text.length) * labelGlyph) / 2
    if (next.x - label.x < room) {
      anchors[index] = 'end'
      anchors[index + 1] = 'start'
    }
  })
  return sorted.map((label, index) => ({ ...label, anchor: anchors[index] ?? 'middle' }))
}
