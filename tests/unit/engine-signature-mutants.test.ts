import { expect, test } from 'vitest'
import { compactText, foldText, parseSearch } from '../../src/lib/engine/search'
import {
  createSignatureWriter,
  signatureWords,
  signedPart,
  termSignature,
} from '../../src/lib/engine/search-signature'

// The signature lets a search skip the text of statements that cannot match. It must hold every
// run of three letters of the statement's words (or a search would miss statements) and no others
// (or it would skip nothing, and a search over many statements would read every one).

/** The signature a term of these words asks for, laid out as a statement's. */
function runsOf(words: string): Int32Array {
  const folded = foldText(words)
  const { words: used, bits } = termSignature([
    { folded, compact: compactText(folded), phrase: false },
  ])
  const signature = new Int32Array(signatureWords)
  used.forEach((word, at) => (signature[word] = bits[at] ?? 0))
  return signature
}

/** Writes each statement's parts (text, or a signed part when marked) and returns the signatures. */
function written(statements: (string | { part: string })[][]): Int32Array[] {
  const signatures = new Int32Array(statements.length * signatureWords)
  const writer = createSignatureWriter(signatures)
  statements.forEach((parts, at) => {
    writer.start(at)
    for (const part of parts) {
      if (typeof part === 'string') writer.text(foldText(part))
      else writer.part(signedPart(foldText(part.part)))
    }
  })
  return statements.map((_, at) => signatures.slice(at * signatureWords, (at + 1) * signatureWords))
}

const mayHold = (signature: Int32Array, q: string) => {
  const { words, bits } = termSignature(parseSearch(q))
  return Array.from(words).every((word, at) => {
    const wanted = bits[at] ?? 0
    return ((signature[word] ?? 0) & wanted) === wanted
  })
}

test('a statement’s signature holds exactly the runs of three of its words', () => {
  const passage = 'Moscow called on both sides to return to the 2020 cease-fire.'
  const [signature] = written([[passage]])
  expect(signature).toEqual(runsOf(passage))
  expect(mayHold(signature!, 'cease-fire')).toBe(true)
  expect(mayHold(signature!, '"both sides"')).toBe(true)
  expect(mayHold(signature!, 'Karabakh')).toBe(false)
})

test('parts joined by line breaks sign as the whole text, however short each part is', () => {
  for (const voice of ['', 'Li', 'Ann', 'Recep Tayyip Erdoğan\nPresident\nTürkiye']) {
    for (const after of ['', 'ok', 'supports the operation']) {
      const passage = 'Türkiye expressed support.'
      const [parts, whole] = written([
        [passage, { part: voice }, after],
        [[passage, voice, after].join('\n')],
      ])
      expect(parts).toEqual(whole)
      expect(whole).toEqual(runsOf(`${passage}${voice}${after}`))
    }
  }
})

test('each statement’s signature is its own: one statement’s words do not mark another', () => {
  const [first, second] = written([['Moscow urged restraint'], ['Paris condemned it']])
  expect(mayHold(first!, 'restraint')).toBe(true)
  expect(mayHold(first!, 'condemned')).toBe(false)
  expect(mayHold(second!, 'condemned')).toBe(true)
  expect(mayHold(second!, 'restraint')).toBe(false)
})

test('a search asks for every run of three of every term, and nothing for shorter terms', () => {
  const [signature] = written([['a cease-fire now']])
  expect(mayHold(signature!, 'cease fire')).toBe(true)
  expect(mayHold(signature!, 'cease war')).toBe(false)
  expect(termSignature(parseSearch('at')).words).toHaveLength(0)
  expect(mayHold(new Int32Array(signatureWords), 'abc')).toBe(false)
})
