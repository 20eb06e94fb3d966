import { beforeAll, expect, test } from 'vitest'
import { engineOverChannel, smallCorpus } from '../engine-over-channel'
import { chartsShaper } from '../../src/app/charts-shaper'
import {
  shapeCharts,
  type ChartShapes,
  type ChartsRequest,
} from '../../src/features/charts/shape-charts'
import type { EngineClient } from '../../src/lib/engine/engine-client'
import { toEngineQuery } from '../../src/lib/engine/synthetic-engine'
import { dimensionIds, stanceIds } from '../../src/lib/vocabulary'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'

// Enough statements for the timeline to bin them, and actors enough for the grids to pick the
// busiest and the spectrum to group its lanes; twelve events, so the map can find ties.
const corpus = smallCorpus()
const busiest = [...corpus.actors]
  .map((actor) => ({
    id: actor.id,
    statements: corpus.statements.filter((statement) => statement.actorId === actor.id).length,
  }))
  .sort((a, b) => b.statements - a.statements)

let client: EngineClient<ChartsRequest, ChartShapes>
beforeAll(async () => {
  client = await engineOverChannel(chartsShaper, corpus)
})

const none: ChartsRequest['chosen'] = { matrix: null, agreement: null }

/** The worker's shaped charts, and the article's path: filtered and shaped on the page. */
async function bothWays(filters: FilterState, request: ChartsRequest) {
  const answer = await client.query(toEngineQuery(filters), { shape: request })
  const onPage = shapeCharts(applyFilters(corpus, filters), {
    dimensions: dimensionIds,
    ...request,
    events: corpus.events,
  })
  return { inWorker: answer?.shaped, onPage }
}

test('the worker shapes every chart as the page does, with no filter set', async () => {
  const { inWorker, onPage } = await bothWays(emptyFilterState, {
    chosen: none,
    allEvents: false,
  })
  expect(onPage.timeline.kind).toBe('bins')
  expect(onPage.notes.spectrum).not.toBeNull()
  expect(inWorker).toEqual(onPage)
})

test('across every event, the map’s most frequent stances and ties match the page’s', async () => {
  const { inWorker, onPage } = await bothWays(emptyFilterState, { chosen: none, allEvents: true })
  expect(onPage.map.some((entry) => entry.tied.length > 1)).toBe(true)
  expect(inWorker?.map).toEqual(onPage.map)
  expect(inWorker).toEqual(onPage)
})

test('with filters, a statement stance and actors chosen for the grids, both agree', async () => {
  const filters: FilterState = {
    ...emptyFilterState,
    kind: ['state'],
    'statement-stance': ['urges-halt', 'condemns'],
  }
  const chosen = {
    matrix: busiest.slice(3, 6).map((actor) => actor.id),
    agreement: busiest.slice(0, 2).map((actor) => actor.id),
  }
  const { inWorker, onPage } = await bothWays(filters, { chosen, allEvents: false })
  expect(onPage.notes.matrix).toContain('chosen')
  expect(onPage.matrix.actorIds.length).toBeGreaterThan(0)
  expect(inWorker).toEqual(onPage)
})

test('a narrow search, few enough statements to mark one by one, agrees too', async () => {
  const filters: FilterState = { ...emptyFilterState, actor: [busiest[5]?.id ?? ''], q: 'the' }
  const { inWorker, onPage } = await bothWays(filters, { chosen: none, allEvents: false })
  expect(onPage.timeline.kind).toBe('marks')
  expect(inWorker).toEqual(onPage)
})

test('an answer asked without a shaping carries none', async () => {
  const answer = await client.query(toEngineQuery(emptyFilterState))
  expect(answer?.shaped).toBeNull()
})

test('the statement stance filter’s counts come from the worker, as the page would count them', async () => {
  const filters: FilterState = { ...emptyFilterState, kind: ['international-organisation'] }
  const answer = await client.query(toEngineQuery(filters))
  for (const stance of ['supports', 'calls-on-all-sides', 'urges-halt', 'condemns'] as const) {
    const alone = applyFilters(corpus, { ...filters, 'statement-stance': [stance] })
    // The filter's options are the stances, in the vocabulary's order.
    const code = stanceIds.indexOf(stance)
    expect({ stance, actors: answer?.facets['statement-stance'].actors[code] ?? 0 }).toEqual({
      stance,
      actors: alone.length,
    })
  }
})
