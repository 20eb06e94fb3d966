import { describe, expect, test } from 'vitest'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { formatStatementDay } from '../../src/lib/format'
import type { Event } from '../../src/lib/schemas/event'
import type { Statement } from '../../src/lib/schemas/statement'

// Properties of the generated corpus that a reader relies on: each event is coded on its own
// terms, in sentences that read like a report. Checked over two seeds, at a size that has every
// kind of event and reaction many times over.
const corpora = [7, 2026].map((seed) => ({
  seed,
  corpus: generateSyntheticDataset({ seed, size: 5_000, events: 120 }),
}))

// The generator's events have fighting only in these; a cease-fire belongs to no other.
const fightingActions = [
  'the military operation',
  'the air strikes',
  'the shelling',
  'the coup attempt',
]
const weekday = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/

/** Each statement with the event its source belongs to. */
function withEvents(events: readonly Event[], statements: readonly Statement[]) {
  const bySource = new Map(events.flatMap((event) => event.sourceIds.map((id) => [id, event])))
  return statements.map((statement) => {
    const event = bySource.get(statement.sourceId)
    if (!event) throw new Error(`No event holds ${statement.sourceId}`)
    return { statement, event }
  })
}

describe.each(corpora)('the synthetic corpus of seed $seed', ({ corpus }) => {
  // Read as the schema has them, where the initiator, action and parties may be missing.
  const events: readonly Event[] = corpus.events
  const pairs = withEvents(events, corpus.statements)

  test('every event says who did what to whom, and where', () => {
    for (const event of events) {
      expect(event.initiator?.name, event.id).toMatch(/\S/)
      expect(event.action?.short, event.id).toMatch(/^the \S/)
      expect(event.action?.full, event.id).toMatch(/^the \S/)
      expect(event.country, event.id).toMatch(/\S/)
      expect(event.parties?.length, event.id).toBeGreaterThan(0)
      // Two sides: no one acts against itself.
      expect(new Set(event.parties).size, event.id).toBe(event.parties?.length)
      const initiator = event.initiator?.actorId
      if (initiator) expect(event.parties, event.id).toContain(initiator)
      else expect(event.initiator?.name, event.id).toMatch(/^the Region \d+ /)
    }
  })

  test('titles read as English: "a" or "an" as the next word asks, and never before a plural', () => {
    for (const { title } of corpus.events) {
      const [, what = ''] = /^\[Synthetic\] Event \d{3}: (.+)$/.exec(title) ?? []
      expect(what, title).not.toBe('')
      expect(what, title).not.toMatch(/^a [aeiou]|^an [^aeiou]/i)
      const [, article, noun = ''] =
        /^(an? )?(?:\S+ )*?(\S+) (?:in|on|of|at|over|off|near) /.exec(what) ?? []
      if (article) expect(noun, title).not.toMatch(/[^siu]s$/)
    }
  })

  test('the sides of an event carry no stance toward it: no one reacts to its own act', () => {
    const placed = pairs.filter(
      ({ statement, event }) =>
        statement.stance !== null && (event.parties ?? []).includes(statement.actorId),
    )
    expect(placed.map(({ statement }) => statement.id)).toEqual([])
    // The sides do speak: their statements are there, without a stance.
    const bySides = pairs.filter(({ statement, event }) =>
      (event.parties ?? []).includes(statement.actorId),
    )
    expect(bySides.length).toBeGreaterThan(50)
  })

  test('statements are worded in their event’s terms: whom they urge to halt, what they back or condemn', () => {
    for (const { statement, event } of pairs) {
      const { text } = statement.passage
      if (statement.stance === 'urges-halt') expect(text).toContain(`${event.initiator?.name} to `)
      if (statement.stance === 'urges-halt' || statement.stance === 'supports')
        expect(text).toContain(event.action?.short)
      if (statement.stance === 'condemns') {
        const named = [event.action?.short, `${event.initiator?.name}’`]
        expect(
          named.some((words) => words && text.includes(words)),
          text,
        ).toBe(true)
      }
    }
  })

  test('words of a cease-fire are said only of events with fighting', () => {
    for (const { statement, event } of pairs) {
      const fighting = fightingActions.includes(event.action?.short ?? '')
      if (!fighting) expect(statement.passage.text).not.toMatch(/cease.?fire|fighting/i)
      if (statement.positions.some((position) => position.dimension === 'end-fighting'))
        expect(fighting, statement.passage.text).toBe(true)
    }
  })

  test('no statement takes a position and its opposite, or condemns what it supports', () => {
    for (const statement of corpus.statements) {
      const dimensions = statement.positions.map((position) => position.dimension)
      expect(new Set(dimensions).size, statement.id).toBe(dimensions.length)
      const condemnation = statement.positions.find(
        (position) => position.dimension === 'condemnation',
      )?.value
      if (statement.stance === 'supports') expect(condemnation, statement.id).not.toBe('takes')
      if (statement.stance === 'condemns') expect(condemnation, statement.id).not.toBe('opposes')
    }
  })

  test('an actor backs a short list of partners across all events, never a chain of countries', () => {
    for (const summary of corpus.stances)
      for (const position of summary.positions)
        expect(position.parties.length, summary.actorId).toBeLessThanOrEqual(2)
    // Longest names first, so that "South Sudan" is one actor and not also "Sudan".
    const names = [...new Set(corpus.actors.flatMap((actor) => [actor.name, actor.shortName]))]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    const named = new RegExp(`\\b(?:${names.join('|')})\\b`, 'g')
    for (const statement of corpus.statements) {
      // The voice ("Norway permanent representative to the UN") is who speaks, not whom it names.
      const said = statement.passage.text
        .replace(statement.speaker ?? '', '')
        .replace(statement.office ?? '', '')
      const actors = new Set(said.match(named))
      expect(actors.size, statement.passage.text).toBeLessThanOrEqual(3)
    }
  })

  test('a statement with no day given shows no weekday, and one dated to a day says its words', () => {
    for (const statement of corpus.statements) {
      const { date, passage } = statement
      if (date.asWritten === null) {
        expect(formatStatementDay(date), statement.id).not.toMatch(weekday)
        expect(passage.text, statement.id).not.toMatch(weekday)
      } else {
        expect(passage.text, statement.id).toContain(date.asWritten)
      }
    }
  })
})
