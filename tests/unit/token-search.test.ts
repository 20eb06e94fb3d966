import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { createRandom, type Random } from '../../data/synthetic/random'
import { buildIndex } from '../../src/lib/engine/build-index'
import { parseSearch, termFound } from '../../src/lib/engine/search'
import { createSearchCache } from '../../src/lib/engine/search-cache'

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
