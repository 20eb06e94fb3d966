import type { EngineIndex } from './build-index'
import { isWordCode } from './search'

/**
 * The words of an index's folded texts, each with the statements holding it: a word is a run of
 * the characters compacting keeps (`isWordCode`), so the words are the same whether a search
 * looks at the folded or the compacted text. Words are sorted, so those beginning with a term are
 * one run of them; word `w`'s statements, in order, are `postings[starts[w]]` to
 * `postings[starts[w + 1]]`, all in one buffer.
 */
export type TokenIndex = {
  words: string[]
  wordCode: Map<string, number>
  starts: Uint32Array
  postings: Uint32Array
}

export function buildTokenIndex(folded: readonly string[]): TokenIndex {
  // First pass: each statement's words as codes in order of first sight, once per statement,
  // and how many statements hold each word. The codes go into chunks of a fixed size rather than
  // a buffer doubled as it fills: the copies came to twice the memory, all of it new memory the
  // collector answers by marking the whole heap.
  const table = createWordTable()
  const found = table.words
  const lastSeen: number[] = []
  const held: number[] = []
  const chunks: Int32Array[] = []
  let chunk = new Int32Array(0)
  let streamLength = 0
  const statementEnd = new Uint32Array(folded.length)
  folded.forEach((text, at) => {
    for (let index = 0; index < text.length;) {
      if (!isWordCode(text.charCodeAt(index))) {
        index += 1
        continue
      }
      const start = index
      while (index < text.length && isWordCode(text.charCodeAt(index))) index += 1
      const code = table.codeOf(text, start, index)
      if (code === lastSeen.length) {
        lastSeen.push(-1)
        held.push(0)
      }
      if (lastSeen[code] === at) continue
      lastSeen[code] = at
      held[code] = (held[code] ?? 0) + 1
      if ((streamLength & chunkMask) === 0) chunks.push((chunk = new Int32Array(chunkMask + 1)))
      chunk[streamLength & chunkMask] = code
      streamLength += 1
    }
    statementEnd[at] = streamLength
  })
  // Second pass: sort the words, then lay each one's statements out in one buffer.
  const order = found.map((_, code) => code).sort((a, b) => compare(found[a], found[b]))
  const sortedCode = new Uint32Array(found.length)
  const starts = new Uint32Array(found.length + 1)
  order.forEach((code, position) => {
    sortedCode[code] = position
    starts[position + 1] = (starts[position] ?? 0) + (held[code] ?? 0)
  })
  const filled = starts.slice(0, found.length)
  const postings = new Uint32Array(streamLength)
  let at = 0
  for (let statement = 0; statement < folded.length; statement += 1) {
    for (const end = statementEnd[statement] ?? 0; at < end; at += 1) {
      const word = sortedCode[chunks[at >>> chunkBits]?.[at & chunkMask] ?? 0] ?? 0
      postings[filled[word] ?? 0] = statement
      filled[word] = (filled[word] ?? 0) + 1
    }
  }
  // The codes are read: their memory goes back now, not when the collector next looks.
  chunks.forEach(release)
  release(statementEnd)
  const words = order.map((code) => found[code] ?? '')
  return { words, wordCode: new Map(words.map((word, code) => [word, code])), starts, postings }
}

/**
 * Detaches a typed array's buffer, which frees its memory at once where the browser has
 * `ArrayBuffer.prototype.transfer` (2023 on); elsewhere the collector frees it as before.
 */
function release(array: Int32Array | Uint32Array) {
  const { buffer } = array
  if ('transfer' in buffer && typeof buffer.transfer === 'function') buffer.transfer.call(buffer, 0)
}

/** The first pass's codes go into chunks of a million (4 MB). */
const chunkBits = 20
const chunkMask = (1 << chunkBits) - 1

/**
 * Words by their characters in a text, without cutting each out of it: a corpus of a million
 * statements has tens of millions of words, and a string for each kept the collector busy.
 * Open addressing on a hash of the characters; a new word gets the next code.
 */
function createWordTable() {
  const words: string[] = []
  let slots = new Int32Array(1024).fill(-1)
  let hashes = new Int32Array(1024)
  const hashOf = (text: string, start: number, end: number) => {
    let hash = 0x811c9dc5
    for (let index = start; index < end; index += 1)
      hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
    return hash
  }
  const same = (word: string, text: string, start: number, end: number) => {
    if (word.length !== end - start) return false
    for (let index = 0; index < word.length; index += 1)
      if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false
    return true
  }
  const place = (hash: number, code: number) => {
    const mask = slots.length - 1
    let slot = hash & mask
    while ((slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask
    slots[slot] = code
    hashes[slot] = hash
  }
  return {
    words,
    codeOf(text: string, start: number, end: number): number {
      const hash = hashOf(text, start, end)
      const mask = slots.length - 1
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const code = slots[slot] ?? -1
        if (code < 0) break
        if (hashes[slot] === hash && same(words[code] ?? '', text, start, end)) return code
      }
      const code = words.length
      words.push(text.slice(start, end))
      if (words.length * 2 > slots.length) {
        // Half full: twice the room, every word placed again.
        const old = { slots, hashes }
        slots = new Int32Array(old.slots.length * 2).fill(-1)
        hashes = new Int32Array(old.slots.length * 2)
        old.slots.forEach((kept, slot) => {
          if (kept >= 0) place(old.hashes[slot] ?? 0, kept)
        })
      }
      place(hash, code)
      return code
    },
  }
}

const compare = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0)

/** Word `code`'s statements, in order. */
export function postingsOf(tokens: TokenIndex, code: number): Uint32Array {
  return tokens.postings.subarray(tokens.starts[code] ?? 0, tokens.starts[code + 1] ?? 0)
}

/** The codes of the words beginning with `prefix`: one run of the sorted words. */
export function wordsStartingWith(tokens: TokenIndex, prefix: string): number[] {
  const { words } = tokens
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((words[middle] ?? '') < prefix) low = middle + 1
    else high = middle
  }
  const codes: number[] = []
  for (let code = low; code < words.length && words[code]?.startsWith(prefix); code += 1)
    codes.push(code)
  return codes
}

/** The codes of the words holding `part` anywhere: a pass over the words, not the statements. */
export function wordsContaining(tokens: TokenIndex, part: string): number[] {
  const codes: number[] = []
  tokens.words.forEach((word, code) => {
    if (word.includes(part)) codes.push(code)
  })
  return codes
}

/** The codes of the words that `compact` begins with and goes past. */
export function wordsBeginning(tokens: TokenIndex, compact: string): number[] {
  const codes: number[] = []
  for (let length = 1; length < compact.length; length += 1) {
    const code = tokens.wordCode.get(compact.slice(0, length))
    if (code !== undefined) codes.push(code)
  }
  return codes
}

const built = new WeakMap<EngineIndex, TokenIndex>()

/**
 * Has an engine index's searches use a token index made elsewhere, as one read from a corpus file
 * with `readTokenIndex`, rather than build their own on first use.
 */
export function adoptTokenIndex(index: EngineIndex, tokens: TokenIndex) {
  built.set(index, tokens)
}

/** The token index of an engine index, built on first use and shared by all its searches. */
export function tokenIndexOf(index: EngineIndex): TokenIndex {
  let tokens = built.get(index)
  if (!tokens) built.set(index, (tokens = buildTokenIndex(index.folded)))
  return tokens
}
