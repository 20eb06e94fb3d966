import { crc32 } from 'node:zlib'
import { expect, test } from 'vitest'
import { chartDocument, type ChartText } from '../../src/features/charts/export/document'
import { withPngText } from '../../src/features/charts/export/png-text'
import { createMeasure } from '../../src/features/charts/text-measure'

const source =
  'Source: Daily Sabah via Azerbaijan in Focus, 20 September 2023. Coded by the diplomatic reactions tracker, dataset 1.'
const palette = { surface: '#ffffff', text: '#111111', muted: '#555555', border: '#cccccc' }
const text = (filters: string | null): ChartText => ({
  title: 'How many take each stance',
  subtitle: 'Actors by overall stance.',
  filters,
  description: 'What the chart shows, in words.',
  source,
  address: 'https://tracker.example/?stance=condemns,urges-halt&tables=distribution',
})
const drawing = { markup: '<rect width="744" height="200"/>', width: 744, height: 200 }

/** The file's lines of text, each with where it is set. */
function lines(filters: string | null) {
  const file = chartDocument(text(filters), drawing, { palette, measure: createMeasure() })
  const root = new DOMParser().parseFromString(file.svg, 'image/svg+xml').documentElement
  const drawn = root.querySelector('g[transform]')
  const drawingTop = Number(
    /translate\([\d.]+ ([\d.]+)\)/.exec(drawn?.getAttribute('transform') ?? '')?.[1],
  )
  return {
    root,
    drawingBottom: drawingTop + drawing.height,
    shown: [...root.querySelectorAll(':scope > text')].map((node) => ({
      words: node.textContent,
      y: Number(node.getAttribute('y')),
    })),
  }
}

test('a downloaded chart’s caption, below the drawing, says its filters in words and then its source', () => {
  const { shown, drawingBottom } = lines(
    'Stance: Condemns the operation or Urges Azerbaijan to halt',
  )
  const caption = shown.slice(-2)
  expect(caption.map((line) => line.words)).toEqual([
    'Filtered: Stance: Condemns the operation or Urges Azerbaijan to halt.',
    source,
  ])
  for (const line of caption) expect(line.y).toBeGreaterThan(drawingBottom)
  // Said once, under the chart, not also under the title.
  expect(shown.filter((line) => line.words.startsWith('Filtered:'))).toHaveLength(1)
})

test('an unfiltered chart’s caption says it shows every statement', () => {
  expect(lines(null).shown.at(-2)?.words).toBe('Unfiltered: every statement in the dataset.')
})

test('the SVG’s title and description carry the chart, its filters, its source and the view’s address', () => {
  const { root } = lines('Kind of actor: State')
  expect(root.querySelector('title')?.textContent).toBe('How many take each stance')
  expect(root.querySelector('desc')?.textContent).toBe(
    `What the chart shows, in words. Filtered: Kind of actor: State. ${source} View: https://tracker.example/?stance=condemns,urges-halt&tables=distribution`,
  )
})

// A 1 × 1 PNG, as a canvas writes one: signature, IHDR, IDAT, IEND.
const onePixel = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
)

/** Each chunk's type and data, checking its length and CRC as any PNG reader does. */
function chunksOf(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks: { type: string; data: Uint8Array }[] = []
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at)
    const typed = png.subarray(at + 4, at + 8 + length)
    expect(view.getUint32(at + 8 + length)).toBe(crc32(typed))
    chunks.push({ type: new TextDecoder().decode(typed.subarray(0, 4)), data: typed.subarray(4) })
    at += 12 + length
  }
  return chunks
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes)

test('a PNG carries the chart’s title and description as text chunks after its header, in Latin-1 where they fit', () => {
  const description = 'Filtered: Kind of actor: State. Türkiye “supports” the operation – in words.'
  const png = withPngText(onePixel, { Title: 'Where each actor stands', Description: description })
  const chunks = chunksOf(png)
  expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'tEXt', 'tEXt', 'IDAT', 'IEND'])
  const texts = chunks
    .filter((chunk) => chunk.type === 'tEXt')
    .map((chunk) => latin1(chunk.data).split('\0'))
  // Latin-1 has ü but no curly quotes or dashes: those are made plain, nothing else changes.
  expect(texts).toEqual([
    ['Title', 'Where each actor stands'],
    ['Description', 'Filtered: Kind of actor: State. Türkiye "supports" the operation - in words.'],
  ])
  expect(withPngText(new Uint8Array([1, 2, 3]), { Title: 'x' })).toEqual(new Uint8Array([1, 2, 3]))
})

test('words beyond Latin-1 go into an iTXt chunk as UTF-8', () => {
  // A fictional actor's name in Greek script.
  const description = 'Filtered: Actor: Νορβανία.'
  const chunks = chunksOf(withPngText(onePixel, { Description: description }))
  const text = chunks.find((chunk) => chunk.type === 'iTXt')
  // keyword, compression flag and method, language tag, translated keyword, text.
  expect(new TextDecoder().decode(text?.data).split('\0')).toEqual([
    'Description',
    '',
    '',
    '',
    '',
    description,
  ])
})
