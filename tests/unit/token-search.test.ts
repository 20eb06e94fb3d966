import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { createRandom, type Random } from '../../data/synthetic/random'
import { buildIndex } from '../../src/lib/engine/build-index'
import { parseSearch, termFound } from '../../src/lib/engine/search'
import { createSearchCache } from '../../src/lib/engine/search-cache'
import { buildTokenIndex } from '../../src/lib/engine/token-index'
import { tokenSearch } from '../../src/lib/engine/token-search'

/** The slow reading the index must agree with: every statement's folded text, every term. */
function scanned(folded: readonly string[], q: string): number[] {
  const terms = parseSearch(q)
  const found: number[] = []
  folded.forEach((text, at) => {
    if (terms.every((term) => termFound(term, text))) found.push(at)
  })
  return found
}

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/**
 * A search a reader might type, from a statement's own words: a word, its beginning or a piece of
 * it, two neighbouring words joined ("ceasefire") or quoted, a word with its punctuation
 * ("cease-fire", "u.s."), in capitals, two words from different statements, a word no statement
 * holds, punctuation alone.
 */
function randomSearch(folded: readonly string[], random: Random): string {
  const text = folded[random.int(0, folded.length - 1)] ?? ''
  const words = wordsOf(text)
  const at = random.int(0, Math.max(0, words.length - 2))
  const word = words[at] ?? 'a'
  const next = words[at + 1] ?? ''
  const start = random.int(0, word.length - 1)
  const pickOr = (items: string[], fallback: string) =>
    items.length ? random.pick(items) : fallback
  switch (random.int(0, 11)) {
    case 0:
      return word
    case 1:
      return word.slice(0, random.int(1, word.length))
    case 2:
      return word.slice(start, random.int(start + 1, word.length))
    case 3:
      return (word + next).slice(0, random.int(word.length, word.length + next.length))
    case 4:
      return `"${word} ${next.slice(0, random.int(1, Math.max(1, next.length)))}"`
    case 5: {
      // Words with punctuation, whole or from inside a word ("ase-fire"), where only the text
      // as typed holds them.
      const parts = text.split(/\s+/).filter((part) => /[^\p{L}\p{N}]/u.test(part))
      return pickOr(parts, word).slice(random.int(0, 2))
    }
    case 6:
      return `${word.toUpperCase()} ${next}`
    case 7:
      return `${word} ${pickOr(wordsOf(folded[random.int(0, folded.length - 1)] ?? ''), '')}`
    case 8:
      return `${word}qzx`
    case 11:
      return `${word.slice(start)}${random.pick(['-', '.', '’'])}${next}`
    case 9:
      return random.pick(['-', '’', '.', '"-"', '(', ','])
    default:
      return `"${text.slice(start, start + random.int(2, 24))}"`
  }
}

function expectSameAsScan(size: number, searches: number) {
  const dataset = generateSyntheticDataset({ seed: 3, size })
  const index = buildIndex({ ...dataset, codebook })
  const search = createSearchCache(index)
  const random = createRandom(size)
  for (let run = 0; run < searches; run += 1) {
    const q = randomSearch(index.folded, random)
    const matches = search(q) ?? new Uint8Array(index.folded.length).fill(1)
    const found: number[] = []
    matches.forEach((match, at) => {
      if (match) found.push(at)
    })
    expect({ q, found }).toEqual({ q, found: scanned(index.folded, q) })
  }
}

test('search by the token index finds what reading every statement finds (2,000)', () => {
  expectSameAsScan(2_000, 600)
})

test('search by the token index finds what reading every statement finds (100,000)', () => {
  expectSameAsScan(100_000, 120)
}, 600_000)

test('a search after the cache has forgotten one finds only its own statements', () => {
  const dataset = generateSyntheticDataset({ seed: 3, size: 2_000 })
  const index = buildIndex({ ...dataset, codebook })
  // Room for one answer: each search is written over the answer forgotten to make room for it.
  const search = createSearchCache(index, 1)
  const wide = ['the', 'territorial', '"calls on"', 'cease-fire']
  for (const q of [...wide, ...[...wide].reverse()]) {
    const found: number[] = []
    search(q)?.forEach((match, at) => {
      if (match) found.push(at)
    })
    expect({ q, found }).toEqual({ q, found: scanned(index.folded, q) })
  }
})

/** The folded texts, and how many times a search has read one of them. */
function counted(folded: readonly string[]) {
  const reads = { count: 0 }
  const texts = new Proxy([...folded], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return { texts, reads }
}

const small = buildIndex({ ...generateSyntheticDataset({ seed: 3, size: 2_000 }), codebook })
const smallTokens = buildTokenIndex(small.folded)

/** Searches the small corpus by its token index; what it found, and how many texts it read. */
function searched(q: string) {
  const { texts, reads } = counted(small.folded)
  const { matches, count } = tokenSearch(smallTokens, texts, parseSearch(q))
  const found: number[] = []
  matches.forEach((match, at) => {
    if (match) found.push(at)
  })
  expect(count).toBe(found.length)
  expect({ q, found }).toEqual({ q, found: scanned(small.folded, q) })
  return { found, reads: reads.count }
}

test('a word, or a word quoted, is found from the words alone, without reading a statement', () => {
  for (const q of ['cease', 'fire', 'humanitarian', '"territorial"', '"calm"', 'qzx']) {
    const { found, reads } = searched(q)
    expect({ q, reads }).toEqual({ q, reads: 0 })
    if (q !== 'qzx') expect(found.length).toBeGreaterThan(0)
  }
})

test('a term across words, or with punctuation, reads only statements holding its pieces', () => {
  const wordSets = small.folded.map((text) => new Set(wordsOf(text)))
  const holding = (test: (words: Set<string>) => boolean) => wordSets.filter(test).length
  const any = (words: Set<string>, test: (word: string) => boolean) => [...words].some(test)
  // "ceasefire" in "cease-fire": a word "cease" (the only word that begins it) and one after it
  // beginning with "fire"; "cease-fire" as typed: a word holding each piece.
  const across = searched('ceasefire')
  expect(across.found.length).toBeGreaterThan(0)
  expect(across.reads).toBeGreaterThan(0)
  expect(across.reads).toBeLessThanOrEqual(
    holding((words) => words.has('cease') && any(words, (word) => word.startsWith('fire'))),
  )
  const typed = searched('cease-fire')
  expect(typed.reads).toBeLessThanOrEqual(
    holding(
      (words) =>
        any(words, (word) => word.includes('cease')) && any(words, (word) => word.includes('fire')),
    ),
  )
})
