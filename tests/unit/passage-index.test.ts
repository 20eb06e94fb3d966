import fc from 'fast-check'
import { expect, test } from 'vitest'
import { passageIndex } from '../../src/lib/workspace/passage-index'
import { fictionalText } from './workspace-fixtures'

/** The slow reference: two plain searches of the whole text. */
function byIndexOf(text: string, passage: string) {
  const start = text.indexOf(passage)
  return start === -1 ? null : { start, again: text.indexOf(passage, start + 1) !== -1 }
}

// Few letters, so that long repeats and passages that occur twice are common.
const words = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '“', '”', '🌍'), maxLength: 400 })

test('finds each passage where indexOf finds it, and says when it occurs again', () => {
  fc.assert(
    fc.property(words, fc.nat(), fc.nat({ max: 60 }), (text, from, length) => {
      const find = passageIndex(text)
      const start = text.length === 0 ? 0 : from % text.length
      const passage = text.slice(start, start + length)
      if (passage.length === 0) return
      expect(find(passage)).toEqual(byIndexOf(text, passage))
    }),
    { numRuns: 500 },
  )
})

test('finds passages that are not there as missing, however like the text they look', () => {
  fc.assert(
    fc.property(words, words, (text, passage) => {
      if (passage.length === 0) return
      expect(passageIndex(text)(passage)).toEqual(byIndexOf(text, passage))
    }),
    { numRuns: 500 },
  )
})

test('places a passage of a real-length text exactly', () => {
  const text = `${fictionalText} ${fictionalText.replace('Moscow', 'Paris')}`
  const find = passageIndex(text)
  expect(find('Moscow urged both sides to show restraint.')).toEqual({
    start: fictionalText.indexOf('Moscow'),
    again: false,
  })
  expect(find('urged both sides to show restraint.')).toEqual({
    start: fictionalText.indexOf('urged'),
    again: true,
  })
  expect(find('Berlin urged both sides to show restraint.')).toBeNull()
})

test('a passage that opens as many others do is found by its rarer words, at its own place', () => {
  const sentences = Array.from(
    { length: 50 },
    (_, at) => `The ministry said that statement ${at} of ${at * 37} words holds: the talks go on.`,
  )
  const text = sentences.join(' ')
  const find = passageIndex(text)
  for (const sentence of sentences) expect(find(sentence)).toEqual(byIndexOf(text, sentence))
})
