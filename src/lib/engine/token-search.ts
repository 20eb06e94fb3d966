import { isWordCode, termFound, type SearchTerm } from './search'
import {
  postingsOf,
  wordsBeginning,
  wordsContaining,
  wordsStartingWith,
  type TokenIndex,
} from './token-index'

/**
 * Where a term's statements are: those of `sure` match it, those of `maybe` might and are read
 * (`termFound`) to tell; `maybe` null when any statement might, as for a term of punctuation
 * alone, which no word holds. `size` is how many statements the lists name, to go smallest first.
 */
type TermPlan = { term: SearchTerm; sure: Uint32Array[]; maybe: Uint32Array[] | null; size: number }

/**
 * Which statements match every term, exactly as reading each statement's folded text with
 * `termFound` would say, from the token index: each term's statements come from the words that
 * can hold it, the terms are taken smallest first, and only statements the words cannot settle
 * are read.
 */
export function tokenSearch(
  tokens: TokenIndex,
  folded: readonly string[],
  terms: readonly SearchTerm[],
): { matches: Uint8Array; count: number } {
  const all = folded.length
  const plans = terms.map((term) => planTerm(tokens, term, all)).sort((a, b) => a.size - b.size)
  let current: Uint32Array | null = null
  for (const { term, sure, maybe, size } of plans) {
    if (current === null) {
      const state = scratch(all)
      for (const list of sure) mark(state, list, 1)
      const read = (at: number) => {
        if (state[at] === 0) state[at] = termFound(term, folded[at] ?? '') ? 1 : 2
      }
      if (maybe) for (const list of maybe) list.forEach(read)
      else for (let at = 0; at < all; at += 1) read(at)
      current = positionsOf(state)
    } else if (current.length * 8 < size || maybe === null) {
      // Few statements left: reading them costs less than gathering the term's lists.
      current = current.filter((at) => termFound(term, folded[at] ?? ''))
    } else {
      const state = scratch(all)
      for (const list of maybe) mark(state, list, 2)
      for (const list of sure) mark(state, list, 1)
      current = current.filter(
        (at) => state[at] === 1 || (state[at] === 2 && termFound(term, folded[at] ?? '')),
      )
    }
    if (current.length === 0) break
  }
  const matches = new Uint8Array(all)
  for (const at of current ?? []) matches[at] = 1
  return { matches, count: current?.length ?? 0 }
}

function planTerm(tokens: TokenIndex, term: SearchTerm, all: number): TermPlan {
  const { compact, folded, phrase } = term
  if (compact === '') return { term, sure: [], maybe: null, size: Infinity }
  const lists = (codes: number[]) => codes.map((code) => postingsOf(tokens, code))
  // From a word's start across words, as "ceasefire" is found in "cease-fire": the first word is
  // one the term begins with, and the next begins the rest of the term or is begun by it.
  const across = wordsBeginning(tokens, compact).map((code) => {
    const rest = compact.slice(tokens.words[code]?.length ?? 0)
    const next = [...wordsStartingWith(tokens, rest), ...wordsBeginning(tokens, rest)]
    return intersect(postingsOf(tokens, code), unionOf(lists(next), all))
  })
  let sure: Uint32Array[]
  const maybe = across
  if (phrase) {
    // A phrase is found from a word's start; a word beginning with it is found so.
    sure = lists(wordsStartingWith(tokens, compact))
  } else if (folded === compact) {
    // A term of word characters alone is found in the text exactly where a word holds it.
    sure = lists(wordsContaining(tokens, compact))
  } else {
    // Typed with punctuation ("cease-fire", "u.s."): found as typed only where each of its
    // pieces is inside a word, or from a word's start as its compact form.
    sure = lists(wordsStartingWith(tokens, compact))
    const asTyped = piecesOf(folded)
      .map((piece) => unionOf(lists(wordsContaining(tokens, piece)), all))
      .reduce(intersect)
    maybe.push(asTyped)
  }
  const size = [...sure, ...maybe].reduce((total, list) => total + list.length, 0)
  return { term, sure, maybe, size }
}

/** The runs of word characters of a text. */
function piecesOf(text: string): string[] {
  const pieces: string[] = []
  let piece = ''
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (isWordCode(code)) piece += text.charAt(index)
    else if (piece) {
      pieces.push(piece)
      piece = ''
    }
  }
  if (piece) pieces.push(piece)
  return pieces
}

let reused = new Uint8Array(0)

/**
 * One byte a statement to mark lists in, cleared and used again by every search: a new one each
 * time, at a million statements, is megabytes a search for the collector to follow.
 */
function scratch(all: number): Uint8Array {
  if (reused.length < all) reused = new Uint8Array(all)
  const state = reused.subarray(0, all)
  state.fill(0)
  return state
}

/** Marks the statements of a list; plain loops, as lists run to millions. */
function mark(state: Uint8Array, list: Uint32Array, value: number) {
  for (let index = 0; index < list.length; index += 1) state[list[index] ?? 0] = value
}

/** The positions marked 1, in order. */
function positionsOf(state: Uint8Array): Uint32Array {
  let count = 0
  for (let at = 0; at < state.length; at += 1) if (state[at] === 1) count += 1
  const positions = new Uint32Array(count)
  let next = 0
  for (let at = 0; at < state.length; at += 1) if (state[at] === 1) positions[next++] = at
  return positions
}

/** The statements of any of the sorted lists, sorted and once each. */
function unionOf(lists: Uint32Array[], all: number): Uint32Array {
  if (lists.length === 1) return lists[0] ?? new Uint32Array(0)
  const total = lists.reduce((sum, list) => sum + list.length, 0)
  if (total * 8 > all) {
    // Long lists: marking each statement beats sorting them together.
    const state = scratch(all)
    for (const list of lists) mark(state, list, 1)
    return positionsOf(state)
  }
  const joined = new Uint32Array(total)
  let offset = 0
  for (const list of lists) {
    joined.set(list, offset)
    offset += list.length
  }
  joined.sort()
  let kept = 0
  for (let at = 0; at < joined.length; at += 1)
    if (at === 0 || joined[at] !== joined[at - 1]) joined[kept++] = joined[at] ?? 0
  return joined.slice(0, kept)
}

/** The statements of both sorted lists, stepping through the shorter and searching the longer. */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const both = new Uint32Array(short.length)
  let count = 0
  let low = 0
  for (const at of short) {
    let high = long.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((long[middle] ?? 0) < at) low = middle + 1
      else high = middle
    }
    if (low === long.length) break
    if (long[low] === at) both[count++] = at
  }
  return both.slice(0, count)
}
