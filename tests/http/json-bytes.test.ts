import { expect, test } from 'vitest'
import { encodeList } from '../../mocks/handlers/json-bytes'

// A page written row by row must be the very bytes one JSON.stringify of the page would give.
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

test('a list written a row at a time is the JSON of the whole, in UTF-8', () => {
  const rows = Array.from({ length: 3000 }, (_, at) => ({
    id: `row-${at}`,
    // Two- and three-byte characters, a character outside the BMP and escapes, in a body of
    // a few megabytes, past the size any buffer starts at.
    text: `Résumé — naïve “${at}” 🕊 "quoted"\n`.repeat((at % 7) * 5),
    at,
  }))
  const meta = { total: 3000, limit: 3000, next: null }
  const bytes = encodeList(rows, meta)
  expect(bytes.byteLength).toBeGreaterThan(2 * 2 ** 20)
  expect(decoded(bytes)).toBe(JSON.stringify({ data: rows, meta }))
  expect(bytes.byteLength).toBe(
    new TextEncoder().encode(JSON.stringify({ data: rows, meta })).byteLength,
  )
  expect(decoded(encodeList([], meta))).toBe(JSON.stringify({ data: [], meta }))
})

test('one row larger than any list before it, all in three-byte characters, is written whole', () => {
  const rows = [{ text: '—'.repeat(3_000_000) }]
  const meta = { total: 1, limit: 1, next: null }
  expect(decoded(encodeList(rows, meta))).toBe(JSON.stringify({ data: rows, meta }))
})
