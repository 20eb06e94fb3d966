import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { codebook } from '../../data/codebook'
import { datasetVersions } from '../../data/versions'
import { actorNames } from '../../src/lib/actor-names'
import { codeWords } from '../../src/lib/codebook/code-words'
import { opening, passageWords } from '../../src/lib/codebook/passage-words'
import { labels } from '../mock-dataset'

const passages = datasetVersions.flatMap((version) =>
  version.statements.flatMap((statement) => statement.passages.map((passage) => passage.text)),
)

test('a passage’s opening is the start of its words, exactly, never stopping inside a short quotation', () => {
  for (const text of passages) {
    const start = opening(text)
    expect(text.startsWith(start)).toBe(true)
    expect(start.length).toBeGreaterThan(0)
    expect(start).not.toMatch(/[\n,;:]$/)
  }
  expect(
    opening(
      'Türkiye expressed support for Baku’s operation “to preserve its territorial integrity,”',
    ),
  ).toBe('Türkiye expressed support for Baku’s operation')
  expect(opening('“We urge the conflicting parties,” Russia’s Foreign Ministry said.')).toBe(
    '“We urge the conflicting parties,” Russia’s Foreign Ministry',
  )
})

test('a short passage is quoted whole; a long one by the words it begins with', () => {
  expect(
    passageWords('Moscow urged both sides to stop the bloodshed in the disputed region.'),
  ).toBe('“Moscow urged both sides to stop the bloodshed in the disputed region.”')
  expect(passageWords('One\n\nTwo')).toBe('the words that begin “One”')
})

test('the codebook’s codes are named in words, and English words are left alone', () => {
  const say = codeWords(codebook, labels, actorNames(actors))
  expect(say('Baku and Aliyev for azerbaijan, Pashinian for armenia, Erdoğan for turkiye')).toBe(
    'Baku and Aliyev for Azerbaijan, Pashinian for Armenia, Erdoğan for Türkiye',
  )
  expect(say('record all-sides, or calls-on-all-sides; phone-call for a call')).toBe(
    'record all sides, or calls on all sides; phone call for a call',
  )
  expect(say('Dimension: end-fighting. Coder A: takes karabakh-armenians')).toBe(
    'Dimension: end to the fighting. Coder A: takes Karabakh Armenian authorities',
  )
  expect(say('a statement in a speech, a cease-fire, supports')).toBe(
    'a statement in a speech, a cease-fire, supports',
  )
})

test('every word the pages link has a definition in the glossary, and every definition a link', async () => {
  const { glossary } = await import('../../src/lib/glossary')
  const { glossaryIds } = await import('../../src/lib/glossary-ids')
  expect(glossary.map((entry) => entry.id)).toEqual([...glossaryIds])
})
