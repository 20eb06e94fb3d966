import { beforeAll, expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { engineOverChannel, smallCorpus } from '../engine-over-channel'
import { viewShaper, type ViewShapes } from '../../src/app/view-shaper'
import type { ChartsRequest } from '../../src/features/charts/shape-charts'
import { buildStrips, ruleFor, topActors } from '../../src/features/stance-over-time/strips'
import type { EngineClient } from '../../src/lib/engine/engine-client'
import { toEngineQuery } from '../../src/lib/engine/synthetic-engine'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState, type FilterState } from '../../src/lib/url-state/filter-state'

const corpus = smallCorpus()

let client: EngineClient<ChartsRequest, ViewShapes>
beforeAll(async () => {
  client = await engineOverChannel(viewShaper, corpus)
})

const request: ChartsRequest = { chosen: { matrix: null, agreement: null }, allEvents: true }

/**
 * The worker's strips, and the page's own derivation of them: the twelve actors with the most
 * statements in view, each from all its statements, with each cell's event by its id.
 */
async function bothWays(filters: FilterState) {
  const answer = await client.query(toEngineQuery(filters), { shape: request })
  const top = topActors(applyFilters(corpus, filters), 12)
  const onPage = buildStrips(top, corpus.statements, corpus.events, ruleFor(codebook.version)).map(
    (strip) => ({
      actorId: strip.actor.id,
      cells: strip.cells.map(({ event, ...cell }) => ({ ...cell, eventId: event.id })),
    }),
  )
  return { inWorker: answer?.shaped?.strips, onPage }
}

test('the worker derives the twelve busiest actors’ strips as the page does, with no filter set', async () => {
  const { inWorker, onPage } = await bothWays(emptyFilterState)
  expect(onPage).toHaveLength(12)
  expect(onPage.every((strip) => strip.cells.length > 1)).toBe(true)
  expect(inWorker).toEqual(onPage)
})

test('with filters and a search, the worker’s strips follow the actors in view', async () => {
  const filters: FilterState = {
    ...emptyFilterState,
    kind: ['international-organisation'],
    'statement-stance': ['condemns'],
  }
  const unfiltered = await bothWays(emptyFilterState)
  const { inWorker, onPage } = await bothWays(filters)
  expect(onPage.map((strip) => strip.actorId)).not.toEqual(
    unfiltered.onPage.map((strip) => strip.actorId),
  )
  expect(inWorker).toEqual(onPage)
  const searched = await bothWays({ ...emptyFilterState, q: 'humanitarian' })
  expect(searched.inWorker).toEqual(searched.onPage)
})

test('a strip rests on all its actor’s statements, not only those the filters leave', async () => {
  const busiest = (await bothWays(emptyFilterState)).onPage[0]
  const said = corpus.statements.filter((statement) => statement.actorId === busiest?.actorId)
  const stance = said.find((statement) => statement.stance)?.stance
  if (!busiest || !stance) throw new Error('the busiest actor takes no stance')
  // Its statements of one stance alone: fewer than all it said.
  const filters = { ...emptyFilterState, actor: [busiest.actorId], 'statement-stance': [stance] }
  expect(applyFilters(corpus, filters)[0]?.statements.length).toBeLessThan(said.length)
  const { inWorker } = await bothWays(filters)
  expect(inWorker).toEqual([busiest])
})
