import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { editDistance, nearestNames } from '../../src/lib/engine/name-suggestions'
import { otherNamesOf } from '../../src/lib/engine/other-names'
import { peopleSource } from '../../src/lib/gazetteer/people'

const known = otherNamesOf(actors).known(new Set([peopleSource]))
const nearest = (q: string) => nearestNames(q, known).map((suggestion) => suggestion.name)

test('counts the edits between two words, a swap of neighbours as one', () => {
  expect(editDistance('pashinan', 'pashinian', 2)).toBe(1)
  expect(editDistance('ankra', 'ankara', 2)).toBe(1)
  expect(editDistance('turkye', 'turkey', 2)).toBe(1)
  expect(editDistance('kitten', 'sitting', 5)).toBe(3)
  expect(editDistance('abc', 'abc', 0)).toBe(0)
  // Past the limit, it stops counting.
  expect(editDistance('kitten', 'sitting', 1)).toBe(2)
  expect(editDistance('a', 'abcdef', 2)).toBe(3)
})

test('a near miss of an actor’s name or other name suggests it, the nearest first', () => {
  expect(nearest('Pashinan')).toEqual(['Pashinian', 'Pashinyan'])
  expect(nearest('Azerbajan')).toEqual(['Azerbaijan'])
  expect(nearest('ankra')).toEqual(['Ankara'])
  expect(nearest('Erdgan')).toEqual(['Erdoğan'])
})

test('the beginning of a name suggests it', () => {
  expect(nearest('Yere')).toEqual(['Yerevan'])
})

test('the suggestion is the search with that word spelled so, the other words kept', () => {
  expect(nearestNames('Pashinan "cease-fire"', known)[0]).toEqual({
    name: 'Pashinian',
    q: 'Pashinian "cease-fire"',
  })
})

test('a name spelled right, a quoted phrase, a short word or a far one suggests nothing', () => {
  expect(nearest('Ankara')).toEqual([])
  expect(nearest('"Pashinan"')).toEqual([])
  expect(nearest('Ru')).toEqual([])
  expect(nearest('humanitarian')).toEqual([])
})

test('only names that find something in the data are suggested', () => {
  // Without the article, Pashinian is nobody's other name, and Ankara stands for no actor.
  const synthetic = otherNamesOf([]).known(new Set())
  expect(nearestNames('Pashinan', synthetic)).toEqual([])
  expect(nearestNames('Ankra', synthetic)).toEqual([])
})
