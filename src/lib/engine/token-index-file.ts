import type { TokenIndex } from './token-index'

/**
 * A token index as one run of bytes, for a corpus file to carry so that a reader need not build
 * it: a header of five 32-bit numbers (the letters TKIX, the version, how many words, the bytes
 * of their text, how many entries the lists hold), the words in UTF-8 one to a line, padded to
 * four bytes, then `starts` and `postings` as they are in memory. Numbers are little-endian, as
 * typed arrays are on every machine the page runs on, so reading takes views of the bytes and
 * copies no list.
 */
const magic = 0x58494b54 // "TKIX" read as a little-endian number
const version = 1
const headerBytes = 20

const padded = (bytes: number) => Math.ceil(bytes / 4) * 4

export function serializeTokenIndex(tokens: TokenIndex): Uint8Array {
  const text = new TextEncoder().encode(tokens.words.join('\n'))
  const wordsEnd = headerBytes + padded(text.length)
  const startsEnd = wordsEnd + tokens.starts.length * 4
  const bytes = new Uint8Array(startsEnd + tokens.postings.length * 4)
  const header = new DataView(bytes.buffer)
  for (const [at, value] of [
    magic,
    version,
    tokens.words.length,
    text.length,
    tokens.postings.length,
  ].entries())
    header.setUint32(at * 4, value, true)
  bytes.set(text, headerBytes)
  bytes.set(asBytes(tokens.starts), wordsEnd)
  bytes.set(asBytes(tokens.postings), startsEnd)
  return bytes
}

/**
 * The token index in bytes `serializeTokenIndex` wrote, its lists views of them (copied only
 * where the bytes do not begin at a multiple of four). Bytes of another kind, or cut short, are
 * an error that says so; given the corpus's number of statements, every entry is checked to name
 * one of them, in order.
 */
export function readTokenIndex(bytes: Uint8Array, statements?: number): TokenIndex {
  if (!littleEndian)
    throw new Error('This machine stores numbers big-endian; the token index cannot be read.')
  if (bytes.length < headerBytes) throw new Error('The token index is cut short.')
  const header = new DataView(bytes.buffer, bytes.byteOffset, headerBytes)
  const [mark, written, wordCount, textBytes, entries] = [0, 1, 2, 3, 4].map((at) =>
    header.getUint32(at * 4, true),
  )
  if (mark !== magic) throw new Error('These bytes are not a token index.')
  if (written !== version)
    throw new Error(`The token index is of version ${written}; this reader reads ${version}.`)
  const wordsEnd = headerBytes + padded(textBytes ?? 0)
  const startsEnd = wordsEnd + ((wordCount ?? 0) + 1) * 4
  if (bytes.length !== startsEnd + (entries ?? 0) * 4)
    throw new Error('The token index is cut short or has bytes past its end.')
  const text = new TextDecoder().decode(bytes.subarray(headerBytes, headerBytes + (textBytes ?? 0)))
  const words = wordCount ? text.split('\n') : []
  if (words.length !== wordCount)
    throw new Error('The token index lists the wrong number of words.')
  // Search finds the words beginning with a term by halving the list, so it must be in order.
  for (let word = 1; word < words.length; word += 1)
    if ((words[word - 1] ?? '') >= (words[word] ?? ''))
      throw new Error('The token index’s words are out of order.')
  const starts = uint32s(bytes, wordsEnd, startsEnd)
  const postings = uint32s(bytes, startsEnd, bytes.length)
  if (starts[0] !== 0 || starts[words.length] !== entries)
    throw new Error('The token index’s lists do not add up to its entries.')
  for (let word = 0; word < words.length; word += 1) {
    const start = starts[word] ?? 0
    const end = starts[word + 1] ?? 0
    if (end < start) throw new Error('The token index’s lists overlap.')
    if (statements === undefined) continue
    for (let at = start; at < end; at += 1) {
      const statement = postings[at] ?? 0
      if (statement >= statements || (at > start && statement <= (postings[at - 1] ?? 0)))
        throw new Error(`The token index names statements out of order or past ${statements}.`)
    }
  }
  return { words, wordCode: new Map(words.map((word, code) => [word, code])), starts, postings }
}

const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1

const asBytes = (numbers: Uint32Array) =>
  new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength)

/** The numbers from byte `start` to `end`: a view where the bytes are aligned, else a copy. */
function uint32s(bytes: Uint8Array, start: number, end: number): Uint32Array {
  const offset = bytes.byteOffset + start
  if (offset % 4 === 0) return new Uint32Array(bytes.buffer, offset, (end - start) / 4)
  return new Uint32Array(bytes.slice(start, end).buffer)
}
