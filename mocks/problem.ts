import { HttpResponse } from 'msw'
import * as z from 'zod/mini'
import type { Problem } from '../src/lib/schemas/problem'
import { problemBody } from './problem-types'

export { problemBody }

// zod/mini carries no messages of its own; the API names bad fields in English.
z.config(z.locales.en())

/** An RFC 9457 problem-details response. */
export function problemResponse(
  status: number,
  detail: string,
  errors?: Problem['errors'],
): Response {
  return HttpResponse.json(problemBody(status, detail, errors), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

export const notFound = (what: string, id: string) =>
  problemResponse(404, `No ${what} with id "${id}".`)
