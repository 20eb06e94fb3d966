import { http } from 'msw'
import { source } from '../data/source'
import { notFound } from '../problem'
import { answer, apiPath, rejectQuery } from './route'

const sources = [source]

export const sourceHandlers = [
  http.get(
    apiPath('/sources'),
    ({ request }) =>
      rejectQuery(request) ??
      answer(
        'sources',
        sources.map(({ text: _text, ...summary }) => summary),
      ),
  ),
  http.get(apiPath('/sources/:id'), ({ request, params }) => {
    const found = sources.find((item) => item.id === params.id)
    if (!found) return notFound('source', String(params.id))
    return rejectQuery(request) ?? answer('sources', found)
  }),
]
