import { existsSync } from 'node:fs'
import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import {
  findByName,
  gazetteer,
  gazetteerEntry,
  organisations,
  stateForCapital,
  states,
} from '../../src/lib/gazetteer/gazetteer'

const unique = (values: readonly unknown[]) => new Set(values).size === values.length

test('lists the 193 member states of the United Nations and the main organisations', () => {
  expect(states).toHaveLength(193)
  expect(organisations.length).toBeGreaterThanOrEqual(30)
  for (const id of ['united-nations', 'european-union', 'nato', 'osce', 'csto', 'african-union'])
    expect(gazetteerEntry(id)?.kind).toBe('international-organisation')
})

test('ids, names and codes are unique and well formed', () => {
  expect(unique(gazetteer.map((entry) => entry.id))).toBe(true)
  expect(unique(gazetteer.map((entry) => entry.name))).toBe(true)
  expect(unique(states.map((state) => state.alpha2))).toBe(true)
  expect(unique(states.map((state) => state.alpha3))).toBe(true)
  expect(unique(states.map((state) => state.numeric))).toBe(true)
  for (const state of states) {
    expect(state.id).toMatch(/^[a-z][a-z-]*$/)
    expect(state.alpha2).toMatch(/^[a-z]{2}$/)
    expect(state.alpha3).toMatch(/^[A-Z]{3}$/)
    expect(state.numeric).toBeGreaterThan(0)
    expect(state.numeric).toBeLessThan(1000)
  }
})

test('every flag code names a flag-icons file', () => {
  const flags = gazetteer.flatMap((entry) => (entry.flag ? [entry.flag] : []))
  const missing = flags.filter(
    (flag) => !existsSync(`node_modules/flag-icons/flags/4x3/${flag}.svg`),
  )
  expect(missing).toEqual([])
})

test('the article’s actors are there under the same ids, names and emblems', () => {
  for (const actor of actors.filter((actor) => actor.id !== 'karabakh-armenians')) {
    const entry = gazetteerEntry(actor.id)
    expect(entry?.name).toBe(actor.name)
    expect(entry?.flag).toBe(actor.emblem)
    expect(entry?.kind).toBe(actor.kind === 'party' ? 'state' : actor.kind)
  }
})

test('capitals and names in prose lead to their actor', () => {
  const capitals = ['Moscow', 'Ankara', 'Yerevan', 'Baku', 'Washington', 'Paris', 'Berlin']
  expect(capitals.map((place) => stateForCapital(place)?.id)).toEqual([
    'russia',
    'turkiye',
    'armenia',
    'azerbaijan',
    'united-states',
    'france',
    'germany',
  ])
  expect(stateForCapital('Brussels')?.id).toBe('belgium')
  expect(gazetteerEntry('european-union')).toMatchObject({ seat: 'Brussels' })
  expect(findByName('Turkey')?.id).toBe('turkiye')
  expect(findByName('turkiye')?.id).toBe('turkiye')
  expect(findByName('Russian Federation')?.id).toBe('russia')
  expect(findByName('Azerbaijani')?.id).toBe('azerbaijan')
  // Shared by Dominica and the Dominican Republic, so it names neither for certain.
  expect(findByName('Dominican')).toBeUndefined()
})
