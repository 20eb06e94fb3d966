import { isWordCode, termFound, type SearchTerm } from './search'
import {
  postingsOf,
  wordsBeginning,
  wordsContaining,
  wordsStartingWith,
  type TokenIndex,
} from './token-index'

/**
 * Statements that might match a term and are read to tell: those holding a word of every group,
 * each group's lists taken together.
 */
type Candidates = Uint32Array[][]

/**
 * Where a term's statements are: those of `sure` match it, those of `maybe` might; `maybe` null
 * when any statement might, as for a term of punctuation alone, which no word holds. `size` is at
 * most how many statements the lists name, to go smallest first.
 */
type TermPlan = { term: SearchTerm; sure: Uint32Array[]; maybe: Candidates[] | null; size: number }

/**
 * Which statements match every term, exactly as reading each statement's folded text with
 * `termFound` would say, from the token index: each term's statements come from the words that
 * can hold it, the terms are taken smallest first, and only statements the words cannot settle
 * are read. `into`, when as long as the statements, is written over with the answer.
 *
 * Every list and mark lives in buffers kept from one search to the next: new ones each time, at a
 * million statements, were megabytes a search, and the collector answers that much new memory
 * outside its heap by marking the whole heap, which holds a million statements, in one pause.
 */
export function tokenSearch(
  tokens: TokenIndex,
  folded: readonly string[],
  terms: readonly SearchTerm[],
  into?: Uint8Array,
): { matches: Uint8Array; count: number } {
  const all = folded.length
  const plans = terms.map((term) => planTerm(tokens, term)).sort((a, b) => a.size - b.size)
  const found = buffers(all)
  const { state, positions } = found
  let count = -1
  for (const plan of plans) {
    const { term } = plan
    if (count < 0) {
      // The first term: every statement it matches.
      count = 0
      if (plan.maybe) markTerm(plan, state, found)
      for (let at = 0; at < all; at += 1) {
        const mark = plan.maybe ? state[at] : 2
        if (mark === 1 || (mark === 2 && termFound(term, folded[at] ?? ''))) positions[count++] = at
      }
    } else if (count * 8 < plan.size || plan.maybe === null) {
      // Few statements left: reading them costs less than marking the term's lists.
      let kept = 0
      for (let index = 0; index < count; index += 1) {
        const at = positions[index] ?? 0
        if (termFound(term, folded[at] ?? '')) positions[kept++] = at
      }
      count = kept
    } else {
      markTerm(plan, state, found)
      let kept = 0
      for (let index = 0; index < count; index += 1) {
        const at = positions[index] ?? 0
        const mark = state[at]
        if (mark === 1 || (mark === 2 && termFound(term, folded[at] ?? ''))) positions[kept++] = at
      }
      count = kept
    }
    if (count === 0) break
  }
  const matches = into?.length === all ? into.fill(0) : new Uint8Array(all)
  for (let index = 0; index < count; index += 1) matches[positions[index] ?? 0] = 1
  return { matches, count: Math.max(0, count) }
}

function planTerm(tokens: TokenIndex, term: SearchTerm): TermPlan {
  const { compact, folded, phrase } = term
  if (compact === '') return { term, sure: [], maybe: null, size: Infinity }
  const lists = (codes: number[]) => codes.map((code) => postingsOf(tokens, code))
  // From a word's start across words, as "ceasefire" is found in "cease-fire": the first word is
  // one the term begins with, and the next begins the rest of the term or is begun by it.
  const maybe: Candidates[] = wordsBeginning(tokens, compact).map((code) => {
    const rest = compact.slice(tokens.words[code]?.length ?? 0)
    const next = [...wordsStartingWith(tokens, rest), ...wordsBeginning(tokens, rest)]
    return [[postingsOf(tokens, code)], lists(next)]
  })
  let sure: Uint32Array[]
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
    maybe.push(piecesOf(folded).map((piece) => lists(wordsContaining(tokens, piece))))
  }
  const size = sure.reduce(
    (total, list) => total + list.length,
    maybe.reduce((total, groups) => total + Math.min(...groups.map(lengthOf)), 0),
  )
  return { term, sure, maybe, size }
}

const lengthOf = (lists: Uint32Array[]) => lists.reduce((total, list) => total + list.length, 0)

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

type Buffers = {
  /** A term's mark for each statement: 1 it matches, 2 it might (to be read), 0 it does not. */
  state: Uint8Array
  /** The statements matching the terms so far, in order, the first `count` of them. */
  positions: Uint32Array
  /** Which groups of candidates each statement is in so far, by a number new for each step. */
  stamps: Uint32Array
  stamp: number
}

let kept: Buffers = {
  state: new Uint8Array(0),
  positions: new Uint32Array(0),
  stamps: new Uint32Array(0),
  stamp: 0,
}

/** The buffers for a search of `all` statements, grown when an index is larger than any before. */
function buffers(all: number): Buffers {
  if (kept.state.length < all)
    kept = {
      state: new Uint8Array(all),
      positions: new Uint32Array(all),
      stamps: new Uint32Array(all),
      stamp: 0,
    }
  return kept
}

/** A stamp no statement holds yet. */
function nextStamp(found: Buffers): number {
  if (found.stamp === 0xffffffff) {
    found.stamps.fill(0)
    found.stamp = 0
  }
  found.stamp += 1
  return found.stamp
}

/** Marks a term's statements in `state`: 1 for those it matches, 2 for those to read. */
function markTerm({ sure, maybe }: TermPlan, state: Uint8Array, found: Buffers) {
  state.fill(0)
  for (const groups of maybe ?? []) markCandidates(groups, state, found)
  // Plain loops: lists run to millions.
  for (const list of sure)
    for (let index = 0; index < list.length; index += 1) state[list[index] ?? 0] = 1
}

/**
 * Marks 2 the statements holding a word of every group: the smallest group stamped, then each
 * other group moving the statements it shares with those stamped to a stamp of its own.
 */
function markCandidates(groups: Candidates, state: Uint8Array, found: Buffers) {
  const { stamps } = found
  const [first, ...rest] = [...groups].sort((a, b) => lengthOf(a) - lengthOf(b))
  if (!first) return
  let stamp = nextStamp(found)
  for (const list of first)
    for (let index = 0; index < list.length; index += 1) stamps[list[index] ?? 0] = stamp
  for (const group of rest) {
    const previous = stamp
    stamp = nextStamp(found)
    for (const list of group)
      for (let index = 0; index < list.length; index += 1) {
        const at = list[index] ?? 0
        if (stamps[at] === previous) stamps[at] = stamp
      }
  }
  for (const list of first)
    for (let index = 0; index < list.length; index += 1) {
      const at = list[index] ?? 0
      if (stamps[at] === stamp) state[at] = 2
    }
}
