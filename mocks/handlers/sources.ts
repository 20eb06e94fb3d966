import { http } from 'msw'
import { source } from '../data/source'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'
import { withVersion } from './version'

// Every dataset version codes the same article.
const sources = [source]

export const sourceHandlers = [
  http.get(
    apiPath('/sources'),
    withVersion(
      ({ request }) =>
        rejectQuery(request) ??
        answer(
          'sources',
          sources.map(({ text: _text, ...summary }) => summary),
        ),
    ),
  ),
  http.get(
    apiPath('/sources/:id'),
    withVersion(({ request, params }) => {
      const found = sources.find((item) => item.id === params.id)
      if (!found) return notFound('source', String(params.id))
      return rejectQuery(request) ?? answer('sources', found)
    }),
  ),
]
