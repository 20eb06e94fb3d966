import { expect, test } from 'vitest'
import { genericFamily, plainSvg, userUnits } from '../../src/features/charts/export/plain-svg'
import { plainTransform } from '../../src/features/charts/export/plain-transform'

/** Markup as a chart on the page leaves it, parsed as SVG; returns its first element. */
function drawn(markup: string) {
  const document = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`,
    'image/svg+xml',
  )
  const first = document.documentElement.firstElementChild
  if (!first) throw new Error('nothing parsed')
  return first
}
const written = (element: Element | null) =>
  element ? new XMLSerializer().serializeToString(element).replace(/ xmlns="[^"]+"/g, '') : ''

test('what recharts writes of its own props is dropped; SVG’s own attributes stay', () => {
  const axis = drawn(
    '<line height="62" angle="0" orientation="bottom" x="32" y="190" width="704" stroke="#666666" fill="none" x1="32" y1="190" x2="736" y2="190"/>',
  )
  expect(written(plainSvg(axis))).toBe(
    '<line stroke="#666666" fill="none" x1="32" y1="190" x2="736" y2="190"/>',
  )
  const bar = drawn(
    '<path name="Actors" cursor="pointer" fill="#a14400" x="401.6" y="148" width="68" height="42" radius="0" d="M 401.6,148 h 68 v 42 h -68 Z"/>',
  )
  expect(written(plainSvg(bar))).toBe('<path fill="#a14400" d="M 401.6,148 h 68 v 42 h -68 Z"/>')
})

test('a nested <svg> becomes a group at its place, and its empty title goes', () => {
  const chart = drawn(
    '<svg width="744" height="260" viewBox="0 0 744 260" y="116" overflow="visible" fill="#1c1e21"><title/><desc/><rect width="10" height="10"/></svg>',
  )
  const group = plainSvg(chart)
  expect(written(group)).toBe(
    '<g fill="#1c1e21" transform="translate(0 116)"><rect width="10" height="10"/></g>',
  )
  // Drawn at half its viewBox's size: scaled, and its origin moved.
  const scaled = drawn('<svg width="100" height="50" viewBox="10 20 200 100"><circle r="4"/></svg>')
  expect(plainSvg(scaled)?.getAttribute('transform')).toBe('scale(0.5 0.5) translate(-10 -20)')
})

test('lengths are user units: px dropped, em counted in the text’s own size', () => {
  expect(userUnits('2px', 16)).toBe('2')
  expect(userUnits('4px, 3px', 16)).toBe('4 3')
  expect(userUnits('0.71em', 12)).toBe('8.52')
  expect(userUnits('50%', 12)).toBe('50%')
  const label = drawn(
    '<g font-size="12px"><text x="120" y="198" text-anchor="middle"><tspan x="120" dy="0.71em">Supports</tspan></text></g>',
  )
  expect(written(plainSvg(label))).toBe(
    '<g font-size="12"><text x="120" y="198" text-anchor="middle"><tspan x="120" dy="8.52">Supports</tspan></text></g>',
  )
})

test('what restates an inherited or initial value is left out', () => {
  // ImageMagick strokes in black where stroke-opacity="1" restates the default under stroke="none".
  const root = drawn(
    '<g fill="#000000" fill-opacity="1" stroke="none" stroke-width="1px" stroke-opacity="1" opacity="1" font-weight="400" font-style="normal"><g stroke="#8a2a63" stroke-width="2px"><path stroke-width="2px" d="M0 0"/></g></g>',
  )
  expect(written(plainSvg(root))).toBe(
    '<g><g stroke="#8a2a63" stroke-width="2"><path d="M0 0"/></g></g>',
  )
})

test('elements SVG readers do not know are left out, with what is in them', () => {
  const group = drawn(
    '<g><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">HTML</div></foreignObject><script>x</script><rect width="1" height="1"/></g>',
  )
  expect(written(plainSvg(group))).toBe('<g><rect width="1" height="1"/></g>')
})

test('fonts are named by their generic family', () => {
  expect(genericFamily("system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif")).toBe(
    'sans-serif',
  )
  expect(genericFamily('Georgia, "Times New Roman", serif')).toBe('serif')
  expect(genericFamily('Inter')).toBe('sans-serif')
})

type Affine = [number, number, number, number, number, number]
const times = ([a, b, c, d, e, f]: Affine, [g, h, i, j, k, l]: Affine): Affine => [
  a * g + c * h,
  b * g + d * h,
  a * i + c * j,
  b * i + d * j,
  a * k + c * l + e,
  b * k + d * l + f,
]
/** The matrix a transform list of `matrix()` and `translate()` makes, as SVG composes it. */
function composed(transform: string): number[] {
  let result: Affine = [1, 0, 0, 1, 0, 0]
  for (const [, name, inside] of transform.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = (inside ?? '').split(/[\s,]+/).map(Number)
    const step: Affine =
      name === 'translate'
        ? [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0]
        : [n[0] ?? 1, n[1] ?? 0, n[2] ?? 0, n[3] ?? 1, n[4] ?? 0, n[5] ?? 0]
    result = times(result, step)
  }
  return result.map((value) => Math.round(value * 1000) / 1000 + 0)
}

test('a rotation is written as two reflections, each its own transpose, that make the same turn', () => {
  const turned = plainTransform('rotate(-90)')
  expect(turned).toBe('matrix(0 -1 -1 0 0 0) matrix(1 0 0 -1 0 0)')
  // rotate(-90) is matrix(0 -1 1 0 0 0): (1, 0) turns to (0, -1), upwards.
  expect(composed(turned)).toEqual([0, -1, 1, 0, 0, 0])
  // Each matrix is symmetric (b = c), so a reader that transposes it reads the same.
  for (const [, inside] of turned.matchAll(/matrix\(([^)]*)\)/g)) {
    const [, b, c] = (inside ?? '').split(' ').map(Number)
    expect(b).toBe(c)
  }
  const about = plainTransform('rotate(30 114.25 63.75)')
  const [cos, sin] = [Math.cos(Math.PI / 6), Math.sin(Math.PI / 6)]
  const rotation: Affine = [cos, sin, -sin, cos, 0, 0]
  const expected = times(
    times([1, 0, 0, 1, 114.25, 63.75], rotation),
    [1, 0, 0, 1, -114.25, -63.75],
  )
  composed(about).forEach((value, at) => expect(value).toBeCloseTo(expected[at] ?? NaN, 2))
  expect(plainTransform('translate(5 6)')).toBe('translate(5 6)')
})

test('a turned text is placed by its transform alone, its spans moved with it', () => {
  const text = drawn(
    '<text x="114.25" y="63.75" transform="rotate(-90 114.25 63.75)"><tspan x="114.25" dy="1em">US</tspan></text>',
  )
  const plain = plainSvg(text)
  expect(plain?.hasAttribute('x')).toBe(false)
  expect(plain?.getAttribute('transform')).toMatch(/translate\(114\.25 63\.75\)$/)
  expect(plain?.querySelector('tspan')?.getAttribute('x')).toBe('0')
})

test('a map label keeps its halo under its letters: paint-order stays', () => {
  const label = drawn(
    '<text class="map-label" x="10" y="20" fill="#1c1e21" stroke="#ffffff" stroke-width="3px" paint-order="stroke">Armenia</text>',
  )
  expect(written(plainSvg(label))).toContain('paint-order="stroke"')
})
