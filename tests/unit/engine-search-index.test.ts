import fc from 'fast-check'
import { expect, test } from 'vitest'
import { buildIndex } from '../../src/lib/engine/build-index'
import { createEngine } from '../../src/lib/engine/query'
import { shownActors } from '../../src/lib/engine/results'
import { compactStarts, compactText, foldText } from '../../src/lib/engine/search'
import { emptyEngineQuery, type EngineData } from '../../src/lib/engine/types'
import {
  labelLookup,
  searchableText,
  searchMatches,
  type LabelLookup,
} from '../../src/lib/statements/filter'
import { articleData, smallSyntheticData } from './engine-fixtures'

function expectFoldedAsThePage(data: EngineData) {
  const index = buildIndex(data)
  const lookup: LabelLookup | undefined = data.codebook
    ? labelLookup(data.codebook, data.events)
    : undefined
  index.statements.forEach((statement, at) => {
    const actor = data.actors.find((candidate) => candidate.id === statement.actorId)
    expect({ id: statement.id, text: index.folded[at] }).toEqual({
      id: statement.id,
      text: searchableText(statement, actor, lookup),
    })
  })
}

test('the index folds each statement’s words as the page’s search folds them', () => {
  expectFoldedAsThePage(articleData)
  // Synthetic actors include names with accents and curly apostrophes.
  expectFoldedAsThePage(smallSyntheticData(7))
})

// Letters, accented letters, a dotless i, punctuation and spacing: what folding and compacting
// treat differently.
const characters = ['a', 'b', 'c', 'A', 'É', 'e\u0301', 'ı', 'ß', 'ü', '-', ' ', '’', '.', '\n']
const text = (maxLength: number) =>
  fc
    .array(fc.constantFrom(...characters), { minLength: 1, maxLength })
    .map((parts) => parts.join(''))

/** The plain reading of "at the start of a word, skipping what compacting removes". */
function compactStartsByEveryPlace(folded: string, compact: string): [number, number][] {
  const word = (character: string | undefined) =>
    character !== undefined &&
    /[a-zA-Z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\u2dff\u2e80-\u2fff\u3040-\uffff]/.test(
      character,
    )
  const ranges: [number, number][] = []
  for (let start = 0; start < folded.length; start += 1) {
    if (!word(folded[start]) || word(folded[start - 1])) continue
    let matched = 0
    let end = start
    while (end < folded.length && matched < compact.length) {
      if (word(folded[end])) {
        if (folded[end] !== compact[matched]) break
        matched += 1
      }
      end += 1
    }
    if (matched === compact.length) ranges.push([start, end])
  }
  return ranges
}

test('a joined-up term is found at each word start where its letters follow', () => {
  fc.assert(
    fc.property(text(40), text(4), (words, term) => {
      const folded = foldText(words)
      const compact = compactText(foldText(term))
      fc.pre(compact !== '')
      expect(compactStarts(folded, compact)).toEqual(compactStartsByEveryPlace(folded, compact))
    }),
    { numRuns: 500 },
  )
})

test('the engine’s search finds what the page’s search finds, on any words', () => {
  const [first] = articleData.statements
  const [actor] = articleData.actors
  if (!first || !actor) throw new Error('The article’s data has no statement.')
  fc.assert(
    fc.property(
      fc.array(fc.record({ passage: text(30), speaker: fc.option(text(8)), office: text(8) }), {
        minLength: 1,
        maxLength: 12,
      }),
      fc.array(text(6), { minLength: 1, maxLength: 2 }),
      fc.boolean(),
      // A piece of one statement's words, which may run from its passage into its speaker.
      fc.option(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 3, max: 12 }))),
      (passages, words, quoted, piece) => {
        const statements = passages.map(({ passage, speaker, office }, at) => ({
          ...first,
          id: `statement-${at}`,
          actorId: actor.id,
          speaker,
          office,
          passage: { ...first.passage, text: passage },
          quotes: [],
        }))
        const data: EngineData = { ...articleData, actors: [actor], statements }
        let typed = words.join(' ')
        if (piece) {
          const [which, start, length] = piece
          const chosen = passages[which % passages.length]
          const all = chosen ? [chosen.passage, chosen.speaker ?? '', chosen.office].join('\n') : ''
          typed = all.slice(start % all.length, (start % all.length) + length).replace(/"/g, '')
        }
        const q = quoted ? `"${typed}"` : typed
        const engine = createEngine(buildIndex(data))
        const found = shownActors(engine.index, engine.query({ ...emptyEngineQuery, q })).flatMap(
          (entry) => entry.statements.map((statement) => statement.id),
        )
        const lookup = articleData.codebook
          ? labelLookup(articleData.codebook, articleData.events)
          : undefined
        expect(found).toEqual(
          statements
            .filter((statement) => searchMatches(statement, q, actor, lookup))
            .map((statement) => statement.id),
        )
      },
    ),
    { numRuns: 400 },
  )
})
