import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createSearchCache } from '../../src/lib/engine/search-cache'
import { adoptTokenIndex, buildTokenIndex, tokenIndexOf } from '../../src/lib/engine/token-index'
import { readTokenIndex, serializeTokenIndex } from '../../src/lib/engine/token-index-file'

// A synthetic corpus, and texts of fictional statements with accents and punctuation.
const dataset = generateSyntheticDataset({ seed: 7, size: 1_500 })
const fictional = [
  'Türkiye “welcomes” the cease-fire',
  'ERDOĞAN said: calm!',
  '',
  '—',
  'u.s. talks',
]

const found = (matches: Uint8Array | null) =>
  Array.from(matches ?? [], (match, at) => (match ? at : -1)).filter((at) => at >= 0)

test('a token index written out and read back is the same index', () => {
  for (const folded of [buildIndex({ ...dataset, codebook }).folded, fictional, []]) {
    const tokens = buildTokenIndex(folded)
    const read = readTokenIndex(serializeTokenIndex(tokens), folded.length)
    expect(read.words).toEqual(tokens.words)
    expect([...read.wordCode]).toEqual([...tokens.wordCode])
    expect(Array.from(read.starts)).toEqual(Array.from(tokens.starts))
    expect(Array.from(read.postings)).toEqual(Array.from(tokens.postings))
  }
})

test('read from bytes that do not begin at a multiple of four, the lists are the same', () => {
  const tokens = buildTokenIndex(fictional)
  const bytes = serializeTokenIndex(tokens)
  const shifted = new Uint8Array(bytes.length + 1)
  shifted.set(bytes, 1)
  const read = readTokenIndex(shifted.subarray(1))
  expect(Array.from(read.postings)).toEqual(Array.from(tokens.postings))
})

test('searches answer the same from a token index read from a file as from one built', () => {
  const index = buildIndex({ ...dataset, codebook })
  const own = createSearchCache(index)
  const fromFile = buildIndex({ ...dataset, codebook })
  const tokens = readTokenIndex(serializeTokenIndex(buildTokenIndex(index.folded)))
  adoptTokenIndex(fromFile, tokens)
  expect(tokenIndexOf(fromFile)).toBe(tokens)
  const read = createSearchCache(fromFile)
  for (const q of ['cease', '"territorial integrity"', 'cease-fire calls', 'qzx']) {
    const answer = found(own(q))
    expect({ q, found: found(read(q)) }).toEqual({ q, found: answer })
  }
  expect(found(own('cease')).length).toBeGreaterThan(0)
})

test('bytes that are not a whole token index are refused with a reason', () => {
  const bytes = serializeTokenIndex(buildTokenIndex(fictional))
  expect(() => readTokenIndex(bytes.subarray(0, 10))).toThrow('cut short')
  expect(() => readTokenIndex(bytes.subarray(0, bytes.length - 4))).toThrow('cut short')
  const other = bytes.slice()
  other[0] = 0x50
  expect(() => readTokenIndex(other)).toThrow('not a token index')
  const newer = bytes.slice()
  newer[4] = 2
  expect(() => readTokenIndex(newer)).toThrow('version 2')
  // A statement past the corpus's last is named: the file is for another corpus.
  expect(() => readTokenIndex(bytes, 2)).toThrow('past 2')
})

/** A token index as written, from lists given by hand: what a damaged or foreign file holds. */
const written = (words: string[], starts: number[], postings: number[]) =>
  serializeTokenIndex({
    words,
    wordCode: new Map(words.map((word, code) => [word, code])),
    starts: Uint32Array.from(starts),
    postings: Uint32Array.from(postings),
  })

test('a token index whose words or lists are out of order, or do not add up, is refused', () => {
  expect(() => readTokenIndex(written(['cease', 'calm'], [0, 1, 2], [0, 1]))).toThrow(
    'words are out of order',
  )
  expect(() => readTokenIndex(written(['calm', 'calm'], [0, 1, 2], [0, 1]))).toThrow(
    'words are out of order',
  )
  expect(() => readTokenIndex(written(['calm', 'cease'], [0, 1, 3], [0, 1]))).toThrow('add up')
  expect(() => readTokenIndex(written(['calm', 'cease'], [1, 1, 2], [0, 1]))).toThrow('add up')
  expect(() => readTokenIndex(written(['calm', 'cease'], [0, 2, 1], [0]))).toThrow('overlap')
  // Each word's statements must rise, and stay below the corpus's count.
  const unordered = written(['calm'], [0, 2], [1, 1])
  expect(() => readTokenIndex(unordered, 5)).toThrow('out of order')
  expect(() => readTokenIndex(written(['calm'], [0, 2], [1, 0]), 5)).toThrow('out of order')
  expect(() => readTokenIndex(written(['calm'], [0, 2], [0, 5]), 5)).toThrow('past 5')
  expect(readTokenIndex(written(['calm'], [0, 2], [0, 4]), 5).words).toEqual(['calm'])
  // Without the corpus's count the entries are not read: a quick load of a file trusted.
  expect(readTokenIndex(unordered).words).toEqual(['calm'])
})
