// A drawing read off the page carries what the page's libraries put on it: recharts writes its own
// props as attributes (`angle`, `orientation`, `x` on a `<line>`), lengths come with units the
// computed style gives (`2px`, `0.71em`), and each chart is an `<svg>` inside the file's `<svg>`.
// Browsers ignore all that; other SVG readers do not: ImageMagick stops drawing text at `angle`
// and sizes the image by the first nested `<svg>`. This keeps only SVG's own elements and
// attributes. An image keeps SVG 2's `href`, which every reader tried reads (Chromium, rsvg,
// ImageMagick); `xlink:href` beside it would carry each flag twice.

import { foldPosition, plainTransform } from './plain-transform'

const svgNs = 'http://www.w3.org/2000/svg'

/** Presentation attributes, allowed on every element kept. */
const painting = new Set([
  'id',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  // A label's halo is a stroke painted under its letters; without this it paints over them.
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'clip-path',
  'clip-rule',
  'visibility',
  'display',
])

/** The elements kept, each with the geometry SVG gives it; anything else is left out whole. */
const geometry: Record<string, readonly string[]> = {
  g: [],
  defs: [],
  clipPath: ['clipPathUnits'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
  path: ['d'],
  text: ['x', 'y', 'dx', 'dy'],
  tspan: ['x', 'y', 'dx', 'dy'],
  image: ['x', 'y', 'width', 'height', 'href', 'preserveAspectRatio'],
}

/** Lengths a reader takes as plain numbers (user units); a unit other than px or em is kept. */
const lengths = new Set([
  'x',
  'y',
  'dx',
  'dy',
  'width',
  'height',
  'rx',
  'ry',
  'r',
  'cx',
  'cy',
  'x1',
  'y1',
  'x2',
  'y2',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'font-size',
])

/**
 * What an element inherits where nothing sets it: SVG's initial values, as the page writes them.
 * A value equal to what the element inherits is left out; ImageMagick even misreads some such
 * restatements (`stroke-opacity="1"` under `stroke="none"` strokes in black).
 */
export type Inherited = Readonly<Record<string, string>>
export const initial: Inherited = {
  fill: '#000000',
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: 'none',
  'stroke-width': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  'paint-order': 'normal',
  'font-family': 'sans-serif',
  'font-size': '16',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'clip-rule': 'nonzero',
  visibility: 'visible',
}
/** Not inherited: left out where it says what is there anyway. */
const noEffect: Inherited = { opacity: '1', display: 'inline' }

const generic = ['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy']
const round = (value: number) => String(Math.round(value * 100) / 100)

/** `2px` as `2`, `0.71em` at 12 px as `8.52`, `4px, 3px` as `4 3`. */
export function userUnits(value: string, fontSize: number): string {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => {
      const match = /^(-?[\d.]+(?:e-?\d+)?)(px|em)?$/.exec(part)
      if (!match) return part
      const number = Number(match[1])
      return round(match[2] === 'em' ? number * fontSize : number)
    })
    .join(' ')
}

/** A font list as the generic family it falls back to; a reader may not have the named fonts. */
export const genericFamily = (list: string) =>
  generic.find((family) =>
    list
      .split(',')
      .map((name) => name.trim().replace(/^['"]|['"]$/g, ''))
      .includes(family),
  ) ?? 'sans-serif'

/** An attribute's value as the file writes it. */
function written(key: string, value: string, fontSize: number, ownSize: number) {
  if (key === 'font-family') return genericFamily(value)
  if (key === 'transform') return plainTransform(value)
  if (key === 'font-weight') return value === 'normal' ? '400' : value === 'bold' ? '700' : value
  if (!lengths.has(key)) return value
  // `em` counts in the element's own font size, except in `font-size` itself: its parent's.
  return userUnits(value, key === 'font-size' ? fontSize : ownSize)
}

/**
 * A nested `<svg>` as a `<g>` moved to its `x`, `y` and scaled by its `viewBox`: what it draws
 * stays where it was, and no reader mistakes it for the file's own size.
 */
function asGroup(svg: Element): Element {
  const group = svg.ownerDocument.createElementNS(svgNs, 'g')
  const number = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '') || 0
  const [x, y] = [number('x'), number('y')]
  const moves = x !== 0 || y !== 0 ? [`translate(${round(x)} ${round(y)})`] : []
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number)
  const [minX = 0, minY = 0, boxWidth = 0, boxHeight = 0] = box
  if (box.length === 4 && boxWidth > 0 && boxHeight > 0) {
    const width = number('width') || boxWidth
    const height = number('height') || boxHeight
    if (width !== boxWidth || height !== boxHeight)
      moves.push(`scale(${round(width / boxWidth)} ${round(height / boxHeight)})`)
    if (minX !== 0 || minY !== 0) moves.push(`translate(${round(-minX)} ${round(-minY)})`)
  }
  for (const attribute of svg.attributes)
    if (painting.has(attribute.name) && attribute.name !== 'transform')
      group.setAttribute(attribute.name, attribute.value)
  if (moves.length > 0) group.setAttribute('transform', moves.join(' '))
  group.append(...svg.childNodes)
  return group
}

/**
 * Rewrites `element` (a drawing's `<svg>` or anything in it) in place as plain SVG 1.1, given what
 * it inherits: unknown elements and the empty titles a library leaves are dropped, only SVG's own
 * attributes stay and only where they change something, lengths are in user units, fonts are
 * generic families, nested `<svg>`s become groups, and a turned text is placed by its transform
 * alone. Returns what replaces it, or null when it is left out.
 */
export function plainSvg(element: Element, inherited: Inherited = initial): Element | null {
  const name = element.localName
  if (element.namespaceURI !== svgNs) return drop(element)
  if ((name === 'title' || name === 'desc') && !element.textContent.trim()) return drop(element)
  if (name !== 'svg' && name !== 'title' && name !== 'desc' && !(name in geometry))
    return drop(element)
  const own = name === 'svg' ? asGroup(element) : element
  if (own !== element) element.replaceWith(own)
  const fontSize = Number(inherited['font-size']) || 16
  const sizeSet = own.getAttribute('font-size')
  const ownSize = sizeSet ? Number(userUnits(sizeSet, fontSize)) || fontSize : fontSize
  const allowed = geometry[own.localName] ?? []
  const passed = { ...inherited }
  for (const { name: key, value } of [...own.attributes]) {
    const plain = written(key, value, fontSize, ownSize)
    if (!painting.has(key) && !allowed.includes(key)) own.removeAttribute(key)
    else if (inherited[key] === plain || noEffect[key] === plain) own.removeAttribute(key)
    else {
      own.setAttribute(key, plain)
      if (key in initial) passed[key] = plain
    }
  }
  if (own.localName === 'text' && own.hasAttribute('transform')) foldPosition(own)
  for (const child of [...own.children]) plainSvg(child, passed)
  return own
}

function drop(element: Element) {
  element.remove()
  return null
}
