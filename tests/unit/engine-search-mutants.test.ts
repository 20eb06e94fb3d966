import { expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { compactText, foldText, isWordCode, parseSearch } from '../../src/lib/engine/search'
import { matchRanges } from '../../src/lib/engine/search-ranges'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { articleData } from './engine-fixtures'

const found = (q: string) => {
  // A fresh engine each time, so no search is answered from an earlier one's remembered matches.
  const engine = createEngine(buildIndex(articleData))
  return shownActors(engine.index, engine.query({ ...emptyEngineQuery, q })).flatMap((entry) =>
    entry.statements.map((statement) => statement.id),
  )
}
const shown = (text: string, q: string) =>
  matchRanges(text, q).map(([start, end]) => text.slice(start, end))

test('a word is found inside longer words: “fire” finds the cease-fire statements', () => {
  const ceaseFire = found('cease-fire')
  expect(ceaseFire.length).toBeGreaterThan(0)
  expect(found('fire')).toEqual(expect.arrayContaining(ceaseFire))
  expect(shown('a ceasefire now', 'fire')).toEqual(['fire'])
})

test('a quoted phrase is found only from the start of a word', () => {
  expect(found('ease-fire').length).toBeGreaterThan(0)
  expect(found('"ease-fire"')).toEqual([])
  expect(found('"cease-fire"')).toEqual(found('cease-fire'))
  expect(shown('a ceasefire, then fire', '"fire"')).toEqual(['fire'])
})

test('names are found without their accents or capitals', () => {
  const erdogan = found('Erdoğan')
  expect(erdogan.length).toBeGreaterThan(0)
  expect(found('erdogan')).toEqual(erdogan)
  expect(found('ERDOGAN')).toEqual(erdogan)
  expect(found('türkiye')).toEqual(found('TURKIYE'))
  // The dotless ı of Turkish folds to i, so a name typed on any keyboard is found.
  expect(shown('Işık said so', 'isik')).toEqual(['Işık'])
  expect(foldText('Işık')).toBe('isik')
})

test('every word of a search must be found, each anywhere in the statement', () => {
  const both = found('cease-fire moscow')
  expect(both.length).toBeGreaterThan(0)
  expect(found('cease-fire')).toEqual(expect.arrayContaining(both))
  expect(found('cease-fire zzzz')).toEqual([])
})

test('a search is read as words and quoted phrases, in any of the quotation marks typed', () => {
  expect(parseSearch('  cease   fire ')).toEqual([
    { folded: 'cease', compact: 'cease', phrase: false },
    { folded: 'fire', compact: 'fire', phrase: false },
  ])
  for (const q of [
    '"territorial  integrity"',
    '“Territorial integrity”',
    '„territorial integrity“',
    '«territorial integrity»',
  ]) {
    expect(parseSearch(q)).toEqual([
      { folded: 'territorial integrity', compact: 'territorialintegrity', phrase: true },
    ])
  }
  // A phrase still being typed has no closing mark yet.
  expect(parseSearch('talks "territorial integ')).toEqual([
    { folded: 'territorial integ', compact: 'territorialinteg', phrase: true },
    { folded: 'talks', compact: 'talks', phrase: false },
  ])
  expect(parseSearch('"" " "')).toEqual([])
})

test('compacting drops exactly the characters the quick word test says are not letters', () => {
  // The search's inner loops use the quick test, the index the regular expression; they must agree
  // on every character, or a word found in one place would be missed in another.
  const disagreements: number[] = []
  for (let code = 0; code <= 0xffff; code += 1) {
    const kept = compactText(String.fromCharCode(code)) !== ''
    if (kept !== isWordCode(code)) disagreements.push(code)
  }
  expect(disagreements).toEqual([])
  expect(compactText('cease-fire, “now”! ×2 ÷3 — 2020')).toBe('ceasefirenow232020')
})

test('the words matched are marked where they are, overlapping marks merged', () => {
  const text = 'Cease-fire talks; the cease-fire holds.'
  expect(matchRanges(text, 'cease-fire fire')).toEqual([
    [0, 10],
    [22, 32],
  ])
  expect(shown(text, 'talks holds')).toEqual(['talks', 'holds'])
  expect(shown('Erdoğan and Türkiye', 'erdogan turkiye')).toEqual(['Erdoğan', 'Türkiye'])
  expect(matchRanges(text, '   ')).toEqual([])
})

test('a search for a sign no statement holds finds nothing, not everything', () => {
  expect(found('§')).toEqual([])
  expect(found('cease-fire §')).toEqual([])
  // A sign that statements do hold is looked for as typed.
  expect(found(',').length).toBeGreaterThan(0)
  expect(found(',').length).toBeLessThan(articleData.statements.length)
})

test('a quoted phrase is found however its words are joined: space, hyphen or none', () => {
  const ceaseFire = found('cease-fire')
  expect(found('"cease fire"')).toEqual(ceaseFire)
  expect(found('"ceasefire"')).toEqual(ceaseFire)
})

test('marks stay on the right characters after letters that fold to two, or to none', () => {
  // "ﬁ" is one character folding to "fi"; the globe takes two UTF-16 units; "ü" loses its mark.
  expect(shown('the ﬁre', 'fire')).toEqual(['ﬁre'])
  expect(shown('🌍 Türkiye and 🌍 Erdoğan', 'turkiye erdogan')).toEqual(['Türkiye', 'Erdoğan'])
})

test('touching and nested matches are marked as one stretch', () => {
  expect(shown('a ceasefire holds', 'cease fire')).toEqual(['ceasefire'])
  expect(matchRanges('cease-fire', 'cease-fire ease')).toEqual([[0, 10]])
  // Words apart stay apart, each marked where it is.
  expect(shown('fire, then cease-fire', 'fire cease')).toEqual(['fire', 'cease', 'fire'])
})

test('words typed against a quoted phrase stay words of their own', () => {
  expect(parseSearch('moscow"cease fire"talks')).toEqual([
    { folded: 'cease fire', compact: 'ceasefire', phrase: true },
    { folded: 'moscow', compact: 'moscow', phrase: false },
    { folded: 'talks', compact: 'talks', phrase: false },
  ])
  // The closing mark ends the phrase; what follows it is a word, not a second phrase.
  expect(parseSearch('"territorial integrity" talks')).toEqual([
    { folded: 'territorial integrity', compact: 'territorialintegrity', phrase: true },
    { folded: 'talks', compact: 'talks', phrase: false },
  ])
})

test('a phrase joined differently is found at the very start of a statement', () => {
  // The Russian statement's passage opens with "Moscow called".
  expect(found('"Moscow-called"')).toContain('russia-foreign-ministry-telegram')
})

test('a search for a sign marks that sign alone', () => {
  expect(matchRanges('a, b', ',')).toEqual([[1, 2]])
  expect(matchRanges(', b', ',')).toEqual([[0, 1]])
  // A word typed with its comma is marked with it, at the start of the text too.
  expect(shown('Moscow, then', 'moscow,')).toEqual(['Moscow,'])
})
