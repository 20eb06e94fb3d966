import { expect, test } from 'vitest'
import { runCache } from '../../src/lib/engine/run-cache'

/** A cache over texts of ten units each, counting how often each is made. */
function counted(budget: number) {
  const made: number[] = []
  const read = runCache(
    (at) => {
      made.push(at)
      return `text ${String(at).padStart(5, '0')}`
    },
    2,
    budget,
  )
  return { made, read }
}

test('a text read again is made once, and is the same text', () => {
  const { made, read } = counted(1_000)
  expect([read(5), read(6), read(5), read(6)]).toEqual([
    'text 00005',
    'text 00006',
    'text 00005',
    'text 00006',
  ])
  expect(made).toEqual([5, 6])
})

test('past its budget it lets go the run read longest ago, whole, and keeps the rest', () => {
  // Runs of four positions; room for eight texts of ten units.
  const { made, read } = counted(80)
  for (const at of [0, 1, 4, 5, 8, 9, 12, 13]) read(at)
  read(0) // the first run is read again: it is now the latest
  read(16) // nine texts: the run read longest ago (4, 5) is let go
  made.length = 0
  for (const at of [0, 1, 8, 9, 12, 13, 16, 4]) read(at)
  expect(made).toEqual([4])
})
