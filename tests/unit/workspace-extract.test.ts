import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { sourceText } from '../../data/source-text'
import { statements } from '../../data/statements'
import { extractDrafts } from '../../src/lib/workspace/extract'
import { sentences } from '../../src/lib/workspace/extract-text'
import { norvaniaEvent, norvaniaText } from './norvania-fixtures'

test('every suggestion’s passage, quotes and trigger are the source’s own words at their offsets', () => {
  for (const draft of extractDrafts(sourceText)) {
    for (const span of [draft.passage, draft.trigger, ...draft.quotes]) {
      expect(sourceText.slice(span.start, span.end)).toBe(span.text)
    }
  }
})

test('reported speech is tied to actors by name, demonym and capital, with a suggested stance', () => {
  const text =
    'Paris condemned the shelling. The Brazilian government urged both sides to talk. Yerevan welcomed the offer.'
  const drafts = extractDrafts(text)
  expect(
    drafts.map(({ actorId, stance, trigger }) => ({ actorId, stance, trigger: trigger.text })),
  ).toEqual([
    { actorId: 'france', stance: 'condemns', trigger: 'condemned' },
    { actorId: 'brazil', stance: 'calls-on-all-sides', trigger: 'urged' },
    { actorId: 'armenia', stance: null, trigger: 'welcomed' },
  ])
})

test('a quotation’s draft carries its words, its reporting verb and its speaker', () => {
  // Made-up sentences, written for this test.
  const text =
    '“These are invented test words,” Norway’s foreign ministry said. Chile’s minister Ana Example welcomed them, saying: “Also invented.”'
  expect(extractDrafts(text)).toMatchObject([
    {
      actorId: 'norway',
      textKind: 'quote',
      quotes: [{ text: 'These are invented test words' }],
      trigger: { text: 'said' },
      speaker: null,
    },
    {
      actorId: 'chile',
      textKind: 'quote',
      quotes: [{ text: 'Also invented.' }],
      trigger: { text: 'welcomed' },
      speaker: 'Ana Example',
    },
  ])
})

test('a full stop after an abbreviation does not end the sentence', () => {
  expect(sentences('The U.S. Secretary spoke. Then Paris did.').map((s) => s.text)).toEqual([
    'The U.S. Secretary spoke.',
    'Then Paris did.',
  ])
})

const stancesOf = (drafts: ReturnType<typeof extractDrafts>) =>
  drafts.map(({ actorId, stance }) => ({ actorId, stance }))

test('a call reads against the source’s event: on its initiator it urges a halt, on no one it calls on all sides', () => {
  expect(stancesOf(extractDrafts(norvaniaText, { event: norvaniaEvent }))).toEqual([
    { actorId: 'united-nations', stance: 'calls-on-all-sides' },
    { actorId: 'france', stance: 'urges-halt' },
    { actorId: 'germany', stance: 'condemns' },
  ])
})

test('without an event, a call on a named actor is left for the analyst, and no reason names another event', () => {
  const drafts = extractDrafts(norvaniaText)
  expect(stancesOf(drafts)).toEqual([
    { actorId: 'united-nations', stance: 'calls-on-all-sides' },
    { actorId: 'france', stance: null },
    { actorId: 'germany', stance: 'condemns' },
  ])
  expect(drafts.find((draft) => draft.actorId === 'france')?.reason).toMatch(/names no initiator/)
  for (const draft of [...drafts, ...extractDrafts(norvaniaText, { event: norvaniaEvent })])
    expect(draft.reason).not.toMatch(/Azerbaijan|Baku|Karabakh|the operation/)
})

test('read against the article’s own event, every suggestion that finds a coded statement suggests its coded stance', () => {
  const drafts = extractDrafts(sourceText, { event })
  const found = statements.flatMap((statement) => {
    const draft = drafts.find(
      (held) =>
        held.actorId === statement.actorId &&
        held.passage.start < statement.passage.end &&
        statement.passage.start < held.passage.end,
    )
    return draft ? [{ id: statement.id, coded: statement.stance, suggested: draft.stance }] : []
  })
  // 18 of the 22 are found on their first passage; the headline is a further mention of one.
  expect(found.length).toBeGreaterThanOrEqual(18)
  expect(found.filter((item) => item.suggested !== item.coded)).toEqual([])
})

test('a party to the event gets no suggested stance, whatever its verb', () => {
  const drafts = extractDrafts('Germany condemned the closure. France condemned it too.', {
    event: { ...norvaniaEvent, parties: ['norvania', 'germany'] },
  })
  expect(stancesOf(drafts)).toEqual([
    { actorId: 'germany', stance: null },
    { actorId: 'france', stance: 'condemns' },
  ])
})
