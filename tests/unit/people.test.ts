import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { sourceId } from '../../data/source'
import { sourceText } from '../../data/source-text'
import { findByName, gazetteerEntry, stateForCapital } from '../../src/lib/gazetteer/gazetteer'
import { otherNameRows } from '../../src/lib/gazetteer/other-names'
import { people, peopleSource } from '../../src/lib/gazetteer/people'

test('each person is named in office exactly as the article prints it, for one of its actors', () => {
  expect(peopleSource).toBe(sourceId)
  const actorIds = new Set(actors.map((actor) => actor.id))
  for (const person of people) {
    expect(sourceText).toContain(person.named)
    expect(person.named).toContain(person.name)
    expect(actorIds).toContain(person.actorId)
  }
})

test('a person’s other spellings are of the same surname, never a second person', () => {
  for (const person of people) {
    const surname = person.name.split(' ').at(-1) ?? ''
    for (const spelling of person.spellings) {
      const other = spelling.split(' ').at(-1) ?? ''
      expect(other).not.toBe('')
      // The same surname spelled otherwise keeps its second and third letters: Aliyev, Aliev, Əliyev.
      expect(other.slice(1, 3).toLowerCase()).toBe(surname.slice(1, 3).toLowerCase())
    }
  }
})

test('every other name is of a state the gazetteer has, and names no other entry', () => {
  for (const [id, , names] of otherNameRows) {
    expect(gazetteerEntry(id)?.kind).toBe('state')
    for (const name of names) {
      const named = findByName(name) ?? stateForCapital(name)
      if (named) expect(named.id).toBe(id)
    }
  }
})

test('the other names leave the gazetteer’s own lookups as they were', () => {
  // The draft extractor reads these: "Holland" or "The Hague" must not start naming an actor there.
  expect(findByName('Holland')).toBeUndefined()
  expect(stateForCapital('The Hague')).toBeUndefined()
  expect(findByName('Pashinyan')).toBeUndefined()
})
