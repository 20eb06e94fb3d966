/** A small SVG writer: strings in, a standalone SVG document out. No DOM, so it runs anywhere. */

type Attributes = Record<string, string | number | undefined>

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char] ?? char)

const round = (value: number) => Math.round(value * 100) / 100

/** One element; children are already-written SVG. Attributes left undefined are omitted. */
export function el(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([key, value]) =>
        ` ${key}="${escapeXml(String(typeof value === 'number' ? round(value) : value))}"`,
    )
    .join('')
  return children.length
    ? `<${name}${written}>${children.join('')}</${name}>`
    : `<${name}${written}/>`
}

/** Text as written: escaped, so quotes and ampersands in names survive. */
export const text = (content: string, attributes: Attributes) =>
  el('text', attributes, escapeXml(content))

export const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"

export type Font = { size: number; weight?: 400 | 700 }

/** Measures a line of text in pixels at the given font. */
export type Measure = (content: string, font: Font) => number

/** Breaks text into lines no wider than `width`; a single word wider than that gets a line of its own. */
export function wrap(content: string, width: number, font: Font, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && measure(candidate, font) > width) {
      lines.push(line)
      line = word
    } else {
      line = candidate
    }
  }
  if (line) lines.push(line)
  return lines
}

export const lineHeight = (font: Font) => Math.round(font.size * 1.35)

/** Lines of text as one `<text>` element, the first baseline at `y`. */
export function textLines(
  lines: readonly string[],
  x: number,
  y: number,
  font: Font,
  attributes: Attributes = {},
): string {
  const step = lineHeight(font)
  return el(
    'text',
    {
      x,
      y,
      'font-size': font.size,
      'font-weight': font.weight === 700 ? 700 : undefined,
      ...attributes,
    },
    // A space ends each line but the last, so the text reads whole when copied or read aloud.
    ...lines.map((line, index) =>
      el(
        'tspan',
        { x, dy: index === 0 ? undefined : step },
        escapeXml(index < lines.length - 1 ? `${line} ` : line),
      ),
    ),
  )
}
