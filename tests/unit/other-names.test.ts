import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { nameNotes } from '../../src/lib/engine/name-notes'
import { nameTable, otherNamesOf } from '../../src/lib/engine/other-names'
import { parseSearch } from '../../src/lib/engine/search'
import { gazetteer } from '../../src/lib/gazetteer/gazetteer'
import { peopleSource } from '../../src/lib/gazetteer/people'

const article = otherNamesOf(actors)
/** What each run of the search stands for: "written → actor (why)". */
const resolved = (q: string, names = article) =>
  names
    .resolve(parseSearch(q))
    .names.map(
      (name) =>
        `${name.written} → ${name.targets.map((target) => `${target.actorId} (${target.reason})`).join(', ')}`,
    )

test('another name, a capital and a person each stand for their actor', () => {
  expect(resolved('Turkey')).toEqual(['Turkey → turkiye (name)'])
  expect(resolved('ankara')).toEqual(['Ankara → turkiye (capital)'])
  expect(resolved('Pashinyan')).toEqual(['Pashinyan → armenia (person)'])
  expect(resolved('Moscow Yerevan BAKU')).toEqual([
    'Moscow → russia (capital)',
    'Yerevan → armenia (capital)',
    'Baku → azerbaijan (capital)',
  ])
  expect(resolved('Washington Paris Berlin')).toEqual([
    'Washington → united-states (capital)',
    'Paris → france (capital)',
    'Berlin → germany (capital)',
  ])
})

test('folding is the search’s own: case and accents do not matter', () => {
  expect(resolved('TÜRKEY')).toEqual(['Turkey → turkiye (name)'])
  expect(resolved('erdogan')).toEqual(resolved('Erdoğan'))
  expect(resolved('erdogan')).toEqual(['Erdoğan → turkiye (person)'])
  expect(resolved('Aliev')).toEqual(['Aliev → azerbaijan (person)'])
})

test('Brussels stands for Belgium and the European Union alike, where the data has both', () => {
  const both = otherNamesOf(gazetteer)
  expect(resolved('Brussels', both)).toEqual([
    'Brussels → belgium (capital), european-union (organisation-seat)',
  ])
  // The article has the EU and no Belgium: Brussels finds the EU's statements alone.
  expect(resolved('Brussels')).toEqual(['Brussels → european-union (organisation-seat)'])
})

test('a name of several words is one run, typed or quoted, and the other terms stay words', () => {
  const all = otherNamesOf(gazetteer)
  expect(resolved('the hague talks', all)).toEqual(['The Hague → netherlands (seat)'])
  expect(resolved('"The Hague"', all)).toEqual(['The Hague → netherlands (seat)'])
  expect(resolved('Washington DC', all)).toEqual(['Washington, D.C. → united-states (capital)'])
  const { plain } = all.resolve(parseSearch('the hague talks'))
  expect(plain.map((term) => term.folded)).toEqual(['talks'])
  // Quoted apart, the words are two searches, not one name.
  expect(resolved('"the" "hague"', all)).toEqual([])
})

test('an actor’s own name, a disputed capital and a part of a name stand for nothing', () => {
  expect(resolved('Türkiye US UN Armenia')).toEqual([])
  expect(resolved('Jerusalem', otherNamesOf(gazetteer))).toEqual([])
  expect(resolved('Ankar Turk')).toEqual([])
})

test('a name whose actor the data lacks stands for nothing, but a person’s spellings still count', () => {
  const none = otherNamesOf([])
  expect(resolved('Turkey Ankara', none)).toEqual([])
  const [pashinyan] = none.resolve(parseSearch('Pashinyan')).names
  expect(pashinyan?.targets).toEqual([])
  expect(pashinyan?.spellings).toEqual(['Pashinian'])
})

test('the table of other names is built once', () => {
  expect(nameTable()).toBe(nameTable())
  expect(nameTable().size).toBeGreaterThan(200)
})

test('the notes say which actor each name was shown for, and why', () => {
  const notes = (q: string, shown: string[], sources = [peopleSource], names = article) =>
    nameNotes(names.resolve(parseSearch(q)).names, new Set(shown), new Set(sources))
  expect(notes('Turkey', ['turkiye'])).toEqual(['Showing Türkiye for “Turkey”.'])
  expect(notes('Ankara', ['turkiye'])).toEqual(['Showing Türkiye for “Ankara”, its capital.'])
  expect(notes('Pashinyan', ['armenia', 'united-states'])).toEqual([
    'Showing Armenia for “Pashinyan”: the article’s “Armenia’s Prime Minister Nikol Pashinian”.',
  ])
  expect(notes('Brussels', ['belgium', 'european-union'], [], otherNamesOf(gazetteer))).toEqual([
    'Showing Belgium for “Brussels”, its capital.',
    'Showing European Union for “Brussels”, its seat.',
  ])
  // Not shown (another filter hides it): nothing is claimed for it.
  expect(notes('Ankara', ['russia'])).toEqual([])
  // Without the article's statements, a person stands for no actor; their spellings were looked for.
  expect(notes('Pashinyan', ['armenia'], ['synthetic-source'])).toEqual([
    'Searching for “Pashinyan” as “Pashinian” too.',
  ])
})
