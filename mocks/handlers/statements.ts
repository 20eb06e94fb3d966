import { http } from 'msw'
import {
  applyFilters,
  speakerOptions,
  type DashboardData,
} from '../../src/lib/statements/apply-filters'
import { compareStatements } from '../../src/lib/statements/filter'
import { readStatementFilters } from '../../src/lib/schemas/statement-query'
import type { KnownValues } from '../../src/lib/url-state/parameters'
import { actors } from '../data/actors'
import type { DatasetVersion } from '../data/versions'
import { notFound, problemResponse } from '../problem'
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
  }
  const known = {
    actorIds: new Set(actors.map((actor) => actor.id)),
    speakers: new Set(speakerOptions(dataset.statements)),
  }
  const made = { data, known }
  servedByVersion.set(dataset, made)
  return made
}

export const statementHandlers = [
  http.get(
    apiPath('/statements'),
    withVersion(({ request, dataset }) => {
      const undecodable = rejectUndecodable(request)
      if (undecodable) return undecodable
      const { data, known } = served(dataset)
      const { state, problems } = readStatementFilters(new URL(request.url).searchParams, known)
      if (problems.length > 0)
        return problemResponse(400, 'The statement filters are not valid.', problems)
      // The dashboard's own filter, so a link's query string finds the statements its page shows.
      const matching = applyFilters(data, state)
        .flatMap((result) => result.statements)
        .sort(compareStatements)
      return answer('statements', matching)
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
