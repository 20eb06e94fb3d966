import { http } from 'msw'
import {
  applyFilters,
  speakerOptions,
  type DashboardData,
} from '../../src/lib/statements/apply-filters'
import { compareStatements } from '../../src/lib/statements/filter'
import { readStatementFilters } from '../../src/lib/schemas/statement-query'
import type { Statement } from '../../src/lib/schemas/statement'
import { filterParameters, type FilterState } from '../../src/lib/url-state/filter-state'
import { writeParameters, type KnownValues } from '../../src/lib/url-state/parameters'
import { event } from '../data/event'
import { actors } from '../data/actors'
import type { DatasetVersion } from '../data/versions'
import { notFound, problemResponse } from '../problem'
import { ndjsonResponse, wantsNdjson } from './ndjson'
import { encodeCursor, fingerprint, pagingParameters, readPage } from './paging'
import { answer, apiPath, rejectQuery, rejectUndecodable } from './route'
import { withVersion } from './version'

type Served = { data: DashboardData; known: KnownValues }

// Each version's data as the dashboard holds it, built once: stances derived by its own rule.
const servedByVersion = new WeakMap<DatasetVersion, Served>()
function served(dataset: DatasetVersion): Served {
  const cached = servedByVersion.get(dataset)
  if (cached) return cached
  const data: DashboardData = {
    actors,
    statements: dataset.statements,
    stances: actors.map((actor) => dataset.deriveStance(actor, dataset.statements)),
    // Search finds the coded labels too, as it does on the page.
    codebook: dataset.codebook,
  }
  const known = {
    actorIds: new Set(actors.map((actor) => actor.id)),
    speakers: new Set(speakerOptions(dataset.statements)),
  }
  const made = { data, known }
  servedByVersion.set(dataset, made)
  return made
}

const apiOnlyParameters = ['event', ...pagingParameters]
const events = [event]

/** `event`: statements from the sources an event claims; an unknown event id is refused. */
function readEvents(params: URLSearchParams) {
  const ids = [...new Set(params.getAll('event').flatMap((value) => value.split(',')))]
    .filter((id) => id !== '')
    .sort()
  const problems = ids
    .filter((id) => !events.some((item) => item.id === id))
    .map((id) => ({ field: 'event', message: `no such event (got "${id.slice(0, 100)}")` }))
  const sources = new Set(
    events.filter((item) => ids.includes(item.id)).flatMap((item) => item.sourceIds),
  )
  const matches = (statement: Statement) => ids.length === 0 || sources.has(statement.sourceId)
  return { ids, problems, matches }
}

/** The filters as a link writes them, so the same query always has the same fingerprint. */
function normalisedFilters(state: FilterState): string {
  const params = new URLSearchParams()
  writeParameters(filterParameters, state, params)
  return params.toString()
}

export const statementHandlers = [
  http.get(
    apiPath('/statements'),
    withVersion(({ request, dataset }) => {
      const undecodable = rejectUndecodable(request)
      if (undecodable) return undecodable
      const { data, known } = served(dataset)
      const params = new URL(request.url).searchParams
      const { state, problems } = readStatementFilters(params, known, apiOnlyParameters)
      const events = readEvents(params)
      const print = fingerprint(
        [dataset.meta.version, normalisedFilters(state), events.ids.join(',')].join('\n'),
      )
      const { page, problems: pagingProblems } = readPage(params, print)
      const all = [...problems, ...events.problems, ...pagingProblems]
      if (all.length > 0) return problemResponse(400, 'The statement filters are not valid.', all)
      // The dashboard's own filter, so a link's query string finds the statements its page shows.
      const matching = applyFilters(data, state)
        .flatMap((result) => result.statements)
        .filter((statement) => events.matches(statement))
        .sort(compareStatements)
      // The bulk export is every matching statement, whatever the page size.
      if (wantsNdjson(request)) return ndjsonResponse(matching)
      const end = page.offset + page.limit
      const next = end < matching.length ? encodeCursor(end, print) : null
      return answer('statements', matching.slice(page.offset, end), {
        total: matching.length,
        limit: page.limit,
        next,
      })
    }),
  ),
  http.get(
    apiPath('/statements/:id'),
    withVersion(({ request, params, dataset }) => {
      const statement = dataset.statements.find((item) => item.id === params.id)
      if (!statement) return notFound('statement', String(params.id))
      return rejectQuery(request) ?? answer('statements', statement)
    }),
  ),
]
