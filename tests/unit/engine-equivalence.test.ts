import fc from 'fast-check'
import { expect, test } from 'vitest'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import {
  countActors,
  showCards,
  showData,
  withLinkedStatement,
} from '../../src/lib/engine/dataset-view'
import type { ActorStatements, DashboardData } from '../../src/lib/statements/actor-results'
import { speakerOptions } from '../../src/lib/statements/voice'
import {
  allEvents,
  emptyFilterState,
  withList,
  type FilterState,
  type ListFilter,
} from '../../src/lib/url-state/filter-state'
import { actorKinds, channels, dimensionIds, stanceIds } from '../../src/lib/vocabulary'
import * as reference from '../reference/apply-filters'
import { searchWords, smallSyntheticData } from './engine-fixtures'
import { japanWorkspace } from './workspace-fixtures'

const [firstVersion] = articleDataset.versions
if (!firstVersion) throw new Error('No dataset version is published.')
const eventId = articleDataset.latest.events[0]?.id ?? ''
const latest = articleDataset.latest

/** Every dataset the engine answers for: each named as a failure would name it. */
const datasets: Record<string, DashboardData> = {
  'the article’s latest version': articleDataset.latest,
  'the first published version': firstVersion,
  'a small synthetic corpus': smallSyntheticData(7),
  'the workspace filed under the article’s event': withWorkspace(
    articleDataset,
    japanWorkspace(eventId, 'supports'),
  ).latest,
  'the workspace with a source of no event': withWorkspace(
    articleDataset,
    japanWorkspace('no-such-event'),
  ).latest,
  // A report may serve two events: a statement from it belongs to both.
  'the article with its source claimed by a second event': {
    ...latest,
    events: [
      ...latest.events,
      { id: 'follow-up', sourceIds: latest.events.flatMap((event) => event.sourceIds) },
    ],
  },
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>, empty: T) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(empty) }, { weight: 1, arbitrary })
const someOf = <T>(values: readonly T[]) =>
  maybe(fc.subarray([...values], { maxLength: Math.min(3, values.length) }), [])

/** Random views: every filter, one event, the whole dataset or one it lacks, dates and search. */
function viewArbitrary(data: DashboardData): fc.Arbitrary<FilterState> {
  const days = [
    ...new Set(data.statements.flatMap((item) => [item.date.earliest, item.date.latest])),
  ].sort()
  const events = (data.events ?? []).map((event) => event.id)
  return fc.record({
    event: fc.constantFrom(null, allEvents, 'no-such-event', ...events),
    stance: someOf(stanceIds),
    'statement-stance': someOf(stanceIds),
    kind: someOf(actorKinds),
    actor: someOf([...data.actors.map((actor) => actor.id), 'no-such-actor']),
    dimension: someOf(dimensionIds),
    channel: someOf(channels),
    speaker: someOf(speakerOptions(data.statements)),
    from: maybe(fc.constantFrom(...days), null),
    to: maybe(fc.constantFrom(...days), null),
    q: maybe(
      fc.array(fc.constantFrom(...searchWords(data)), { minLength: 1, maxLength: 2 }),
      [],
    ).map((words) => words.join(' ')),
  })
}

/** Each filter's options, as the reference knows them. */
function optionsOf(data: DashboardData): Record<ListFilter, readonly string[]> {
  return {
    stance: stanceIds,
    'statement-stance': stanceIds,
    kind: actorKinds,
    actor: data.actors.map((actor) => actor.id),
    dimension: dimensionIds,
    channel: channels,
    speaker: speakerOptions(data.statements),
  }
}

const listFilters = Object.keys(optionsOf({ actors: [], stances: [], statements: [] }))
const isListFilter = (key: string): key is ListFilter => listFilters.includes(key)

/** What the reference shows, actor by actor, with the statements shown. */
const shownBy = (results: readonly ActorStatements[]) =>
  results.map((result) => ({
    actor: result.actor.id,
    statements: result.statements.map((statement) => statement.id),
  }))

const counted = (results: ReturnType<typeof reference.applyFilters>) => ({
  actors: results.length,
  statements: results.reduce((total, result) => total + result.statements.length, 0),
})

function checkAgainstReference(data: DashboardData, runs: number) {
  const options = optionsOf(data)
  const events = (data.events ?? []).map((event) => event.id)
  fc.assert(
    fc.property(viewArbitrary(data), (state) => {
      const engine = showData(data, state)
      const expected = reference.applyFilters(data, state)
      expect(shownBy(engine.results)).toEqual(shownBy(expected))
      expect(countActors(data, state)).toBe(expected.length)
      for (const key of Object.keys(options).filter(isListFilter)) {
        const counts = engine.facetCounts[key]
        for (const option of options[key]) {
          const alone = reference.applyFilters(data, withList(state, key, [option]))
          expect({ key, option, ...counts.get(option) }).toEqual({
            key,
            option,
            ...counted(alone),
          })
        }
      }
      for (const event of events) {
        const alone = reference.applyFilters(data, { ...state, event })
        const counts = engine.facetCounts.event.get(event)
        expect({ event, ...counts }).toEqual({ event, ...counted(alone) })
      }
    }),
    { numRuns: runs },
  )
}

test.each(Object.entries(datasets))(
  'on %s the engine shows and counts what the reference filter does',
  (_, data) => {
    checkAgainstReference(data, 60)
  },
  60_000,
)

test('statement stance and channel together count only actors with one statement of both', () => {
  const data = articleDataset.latest
  const state: FilterState = { ...emptyFilterState, 'statement-stance': ['supports'] }
  const phoneCalls = reference.applyFilters(data, withList(state, 'channel', ['phone-call']))
  expect(showData(data, state).facetCounts.channel.get('phone-call')?.actors ?? 0).toBe(
    phoneCalls.length,
  )
})

test('while the stances are unavailable, the cards and their counts are the reference’s', () => {
  const { stances: _, ...withoutStances } = latest
  fc.assert(
    fc.property(viewArbitrary(latest), (state) => {
      const cards = showCards(withoutStances, state).results
      expect(shownBy(cards)).toEqual(shownBy(reference.filterByStatements(withoutStances, state)))
      expect(countActors(withoutStances, state, false)).toBe(cards.length)
    }),
    { numRuns: 60 },
  )
})

test('a linked statement’s actor is shown, with that statement, as the reference shows it', () => {
  const data = datasets['the workspace filed under the article’s event']
  if (!data) throw new Error('No workspace dataset.')
  const linked = fc.constantFrom(null, 'no-such-statement', ...data.statements.map((s) => s.id))
  fc.assert(
    fc.property(viewArbitrary(data), linked, (state, statementId) => {
      const shown = withLinkedStatement(data, showData(data, state).results, statementId)
      const expected = reference.withLinkedStatement(
        data,
        reference.applyFilters(data, state),
        statementId,
      )
      expect(shownBy(shown)).toEqual(shownBy(expected))
    }),
    { numRuns: 60 },
  )
})
