import { expect, test } from 'vitest'
import { event as articleEvent } from '../../data/event'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { eventShortName } from '../../src/lib/event-name'

test('an event is named short by its initiator, its action and the month it began', () => {
  expect(eventShortName(articleEvent)).toBe('Azerbaijan’s operation, September 2023')
  // A fictional event, with an initiator whose name ends in s.
  const fictional = {
    title: 'The closure of the Velmora crossing by the Norvanias (fictional)',
    start: '2031-03-04',
    initiator: { actorId: null, name: 'Norvanias' },
    action: { short: 'The border closure', full: 'the border closure at the Velmora crossing' },
  }
  expect(eventShortName(fictional)).toBe('Norvanias’ border closure, March 2031')
})

test('an event that names no initiator or action keeps its title; a synthetic one its mark', () => {
  expect(eventShortName({ ...articleEvent, initiator: undefined })).toBe(articleEvent.title)
  expect(eventShortName({ ...articleEvent, action: undefined })).toBe(articleEvent.title)
  const [synthetic] = generateSyntheticDataset({ size: 200, seed: 1 }).events
  if (!synthetic?.initiator) throw new Error('the synthetic event names no initiator')
  expect(eventShortName(synthetic)).toMatch(
    new RegExp(`^\\[Synthetic\\] ${synthetic.initiator.name}’s? \\w`),
  )
})
