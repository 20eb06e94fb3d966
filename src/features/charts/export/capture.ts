import type { Drawing, Palette } from './document'
import { inlineImages } from './files'
import { plainSvg } from './plain-svg'

/** Properties a standalone SVG must carry itself, since no page style sheet comes with it. */
const painted = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const
const colored = new Set(['fill', 'stroke'])

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 16))

let pixel: OffscreenCanvasRenderingContext2D | null | undefined

/**
 * Any colour the page computes (`rgb()`, `color(srgb …)` from `color-mix()`) as `#rrggbb`, which
 * every SVG viewer reads; the canvas does the conversion. Without a canvas the value stays as it is.
 */
export function concreteColor(value: string): string {
  if (value === 'none' || value === '' || value.startsWith('url(')) return value
  pixel ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })
      : null
  if (!pixel) return value
  pixel.clearRect(0, 0, 1, 1)
  pixel.fillStyle = value
  pixel.fillRect(0, 0, 1, 1)
  const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data
  if (a === 0) return 'none'
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
}

/** The theme's colours as the page resolves them now, in the theme on screen. */
export function pagePalette(): Palette {
  const probe = document.createElement('span')
  document.body.append(probe)
  const read = (name: string) => {
    probe.style.color = `var(--${name})`
    return concreteColor(getComputedStyle(probe).color)
  }
  try {
    return {
      surface: read('surface'),
      text: read('text'),
      muted: read('muted'),
      border: read('border'),
    }
  } finally {
    probe.remove()
  }
}

/** Copies what the page computed for each element onto its copy, and drops what needs the page. */
function inlineStyles(live: Element, copy: Element, parent: CSSStyleDeclaration | null) {
  const style = getComputedStyle(live)
  for (const name of painted) {
    const value = style.getPropertyValue(name)
    if (!value || (parent && parent.getPropertyValue(name) === value)) continue
    copy.setAttribute(name, colored.has(name) ? concreteColor(value) : value)
  }
  for (const attribute of [...copy.attributes])
    if (
      ['class', 'style', 'tabindex', 'role', 'focusable'].includes(attribute.name) ||
      attribute.name.startsWith('data-') ||
      attribute.name.startsWith('aria-')
    )
      copy.removeAttribute(attribute.name)
  const children = [...live.children]
  const copies = [...copy.children]
  children.forEach((child, index) => {
    const match = copies[index]
    if (match) inlineStyles(child, match, style)
  })
}

/**
 * An off-screen place for a chart component to draw itself in its SVG mode: inside the page, so
 * its theme and custom properties apply, but out of sight and out of reach.
 */
export function offscreenHost(width: number): HTMLElement {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  Object.assign(host.style, {
    position: 'fixed',
    left: '-10000px',
    top: '0',
    width: `${width}px`,
    pointerEvents: 'none',
  })
  document.body.append(host)
  return host
}

/**
 * Reads back every top-level `<svg>` drawn in `host`, stacked in order as groups, with colours
 * made concrete, images carried as data URLs and only plain SVG left, so the drawing stands alone
 * in any reader.
 */
export async function readDrawing(host: HTMLElement, width: number): Promise<Drawing> {
  // Recharts lays out its marks over a few renders; wait until the drawing holds still.
  let last = ''
  for (let frame = 0; frame < 30; frame += 1) {
    await nextFrame()
    const now = host.innerHTML
    if (now === last && host.querySelector('svg')) break
    last = now
  }
  const drawings = [...host.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  )
  const sources = new Map<string, string>()
  for (const image of host.querySelectorAll('image')) {
    const href = image.getAttribute('href')
    if (href && !href.startsWith('data:')) sources.set(href, href)
  }
  const inlined = await inlineImages(sources)
  const serializer = new XMLSerializer()
  let y = 0
  const parts = drawings.map((live) => {
    const copy = live.cloneNode(true)
    if (!(copy instanceof SVGSVGElement)) return ''
    inlineStyles(live, copy, null)
    // An image is carried as a data URL (the build may have inlined it already) or left out.
    for (const image of copy.querySelectorAll('image')) {
      const href = image.getAttribute('href') ?? ''
      const data = href.startsWith('data:') ? href : inlined.get(href)
      if (data) image.setAttribute('href', data)
      else image.remove()
    }
    const height = Number(live.getAttribute('height')) || 0
    copy.setAttribute('y', String(y))
    y += height + 10
    const plain = plainSvg(copy)
    return plain ? serializer.serializeToString(plain) : ''
  })
  return { markup: parts.join(''), width, height: Math.max(0, y - 10) }
}
