import { http } from 'msw'
import { compareStatements, matchesStatementQuery } from '../../src/lib/statements/filter'
import { searchParamsToQuery, statementQuerySchema } from '../../src/lib/schemas/statement-query'
import { actors } from '../data/actors'
import { describeIssues, notFound, problemResponse } from '../problem'
import { answer, apiPath, rejectQuery, rejectUndecodable } from './route'
import { withVersion } from './version'

const actorById = new Map(actors.map((actor) => [actor.id, actor]))

export const statementHandlers = [
  http.get(
    apiPath('/statements'),
    withVersion(({ request, dataset }) => {
      const undecodable = rejectUndecodable(request)
      if (undecodable) return undecodable
      const input = searchParamsToQuery(new URL(request.url).searchParams)
      const parsed = statementQuerySchema.safeParse(input)
      if (!parsed.success) {
        return problemResponse(
          400,
          'The statement filters are not valid.',
          describeIssues(parsed.error, input),
        )
      }
      const unknownActors = (parsed.data.actor ?? []).filter((id) => !actorById.has(id))
      if (unknownActors.length > 0) {
        return problemResponse(
          400,
          'The statement filters are not valid.',
          unknownActors.map((id) => ({ field: 'actor', message: `no actor with id "${id}"` })),
        )
      }
      const matching = dataset.statements
        .filter((statement) =>
          matchesStatementQuery(statement, parsed.data, actorById.get(statement.actorId)),
        )
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
