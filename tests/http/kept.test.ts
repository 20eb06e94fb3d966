import { expect, test } from 'vitest'
import { keptPerVersion } from '../../mocks/handlers/kept'

// Kept answers stay within their byte budget, dropping the least recently asked first.
test('answers are kept per version until their bytes pass the budget, oldest asked dropped first', () => {
  const kept = keptPerVersion<Uint8Array>(300)
  const made: string[] = []
  const ask = (version: object, key: string, bytes = 100) =>
    kept(version, key, () => {
      made.push(key)
      return new Uint8Array(bytes)
    })
  const one = {}
  const other = {}
  ask(one, 'a')
  ask(one, 'b')
  ask(one, 'c')
  ask(one, 'a') // kept; now the most recently asked
  ask(other, 'a') // another version keeps its own
  expect(made).toEqual(['a', 'b', 'c', 'a'])
  ask(one, 'd') // 400 bytes: b, the least recently asked, goes
  ask(one, 'a')
  ask(one, 'c')
  ask(one, 'b')
  expect(made).toEqual(['a', 'b', 'c', 'a', 'd', 'b'])
  // Larger than the whole budget: made each time, never kept, and nothing else dropped for it.
  ask(one, 'huge', 301)
  ask(one, 'huge', 301)
  ask(one, 'b')
  expect(made.slice(6)).toEqual(['huge', 'huge'])
})
