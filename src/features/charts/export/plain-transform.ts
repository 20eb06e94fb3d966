// ImageMagick's own SVG reader (6.9) transposes each transform it reads, so it turns every
// rotation the other way: a column label written `rotate(-90 …)` to read upwards would read
// downwards there, or not show at all. A reflection's matrix is its own transpose, and two
// reflections make any rotation, so a rotation written as two reflections draws the same in every
// reader. Translations and scales are their own transposes already and stay as written.

const round = (value: number) => String(Math.round(value * 10_000) / 10_000)

/** A rotation by `degrees` as two reflections: across the line at half the angle, after the x-axis. */
function reflections(degrees: number) {
  const angle = (degrees * Math.PI) / 180
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)].map(round)
  return `matrix(${cos} ${sin} ${sin} ${round(-Math.cos(angle))} 0 0) matrix(1 0 0 -1 0 0)`
}

/** A transform list with each `rotate(a)` or `rotate(a cx cy)` written as reflections. */
export function plainTransform(value: string): string {
  return value.replace(/rotate\(\s*([^)]*)\)/g, (whole, inside: string) => {
    const numbers = inside
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number)
    const [degrees, cx = 0, cy = 0] = numbers
    if (degrees === undefined || numbers.some(Number.isNaN) || ![1, 3].includes(numbers.length))
      return whole
    const turned = reflections(degrees)
    return cx === 0 && cy === 0
      ? turned
      : `translate(${round(cx)} ${round(cy)}) ${turned} translate(${round(-cx)} ${round(-cy)})`
  })
}

/**
 * A turned text's position moved into its transform: ImageMagick places text set at `x`, `y`
 * under a rotation elsewhere, or nowhere, and places it right at the origin. Its spans, set in the
 * same space, move with it.
 */
export function foldPosition(text: Element) {
  const at = (element: Element, key: string) => Number(element.getAttribute(key) ?? 0)
  const [x, y] = [at(text, 'x'), at(text, 'y')]
  if (Number.isNaN(x) || Number.isNaN(y) || (x === 0 && y === 0)) return
  const spans = [...text.querySelectorAll('tspan')]
  if (spans.some((span) => Number.isNaN(at(span, 'x')) || Number.isNaN(at(span, 'y')))) return
  text.setAttribute('transform', `${text.getAttribute('transform') ?? ''} translate(${x} ${y})`)
  text.removeAttribute('x')
  text.removeAttribute('y')
  for (const span of spans)
    for (const [key, by] of [
      ['x', x],
      ['y', y],
    ] as const)
      if (span.hasAttribute(key)) span.setAttribute(key, round(at(span, key) - by))
}
