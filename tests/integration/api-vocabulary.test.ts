import { expect, test } from 'vitest'
import { z } from 'zod'
import { actors } from '../../data/actors'
import { event } from '../../data/event'
import { latestVersion } from '../../data/versions'
import { dimensionIds, stanceIds } from '../../src/lib/vocabulary'
import { statementSchema } from '../../src/lib/schemas/statement'
import { speakerOptions } from '../../src/lib/statements/voice'
import { applyFilters } from '../reference/apply-filters'
import { filterParameters } from '../../src/lib/url-state/filter-state'
import { readParameters } from '../../src/lib/url-state/parameters'

// A link's query string, replayed on the API, must find exactly the statements its page shows.
const { statements, deriveStance, codebook } = latestVersion
const data = {
  actors,
  statements,
  stances: actors.map((actor) => deriveStance(actor, statements)),
  codebook,
  events: [event],
}

/** The ids of the statements the page shows for `search`, as its filters read the link. */
function pageShows(search: string): string[] {
  const { state } = readParameters(filterParameters, new URLSearchParams(search), undefined)
  return applyFilters(data, state)
    .flatMap((result) => result.statements.map((statement) => statement.id))
    .sort()
}

async function apiAnswers(search: string): Promise<string[]> {
  const response = await fetch(`http://localhost:3000/api/statements?${search}`)
  expect(response.status, search).toBe(200)
  const body = z.object({ data: z.array(statementSchema) }).parse(await response.json())
  return body.data.map((statement) => statement.id).sort()
}

const optionsOf: Record<keyof typeof filterParameters, readonly string[]> = {
  event: [event.id, 'all'],
  stance: stanceIds,
  'statement-stance': stanceIds,
  kind: [...new Set(actors.map((actor) => actor.kind))],
  actor: actors.map((actor) => actor.id),
  dimension: dimensionIds,
  channel: [...new Set(statements.map((statement) => statement.channel))],
  speaker: speakerOptions(statements),
  from: ['2023-09-19', '2023-09-21', '2023-10-01'],
  to: ['2023-09-19', '2023-09-21', '2023-10-01'],
  q: ['ceasefire', 'turkiye', 'territorial integrity', 'humanitarian', '"territorial integrity"'],
}

const single = Object.entries(optionsOf).flatMap(([name, options]) =>
  options.map((option) => new URLSearchParams({ [name]: option }).toString()),
)
const combined = [
  'stance=condemns&statement-stance=condemns',
  'stance=supports&dimension=negotiations',
  'kind=state&channel=unspecified',
  'stance=calls-on-all-sides,condemns&from=2023-09-20&to=2023-09-21',
  'actor=turkiye,armenia&q=operation',
  'statement-stance=urges-halt&kind=international-organisation',
]

test.each([...single, ...combined])('the page and the API agree on ?%s', async (search) => {
  expect(await apiAnswers(search)).toEqual(pageShows(search))
})

test('every filter of the page is tried', () => {
  const tried = new Set(single.map((search) => [...new URLSearchParams(search).keys()][0]))
  expect([...tried].sort()).toEqual(Object.keys(filterParameters).sort())
})

test('stance is the actor overall stance; statement-stance is each statement own', async () => {
  const supporters = data.stances
    .filter((summary) => summary.stance === 'supports')
    .map((summary) => summary.actorId)
  const ids = (keep: (statement: (typeof statements)[number]) => boolean) =>
    statements
      .filter(keep)
      .map((statement) => statement.id)
      .sort()
  const byActor = await apiAnswers('stance=supports')
  const byStatement = await apiAnswers('statement-stance=supports')
  expect(byActor).toEqual(ids((statement) => supporters.includes(statement.actorId)))
  expect(byStatement).toEqual(ids((statement) => statement.stance === 'supports'))
  expect(byStatement.length).toBeGreaterThan(0)
  expect(byStatement.length).toBeLessThan(byActor.length)
})
