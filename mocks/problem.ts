import { HttpResponse } from 'msw'
import * as z from 'zod/mini'
import type { Problem } from '../src/lib/schemas/problem'

// zod/mini carries no messages of its own; the API names bad fields in English.
z.config(z.locales.en())

const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
}

/** An RFC 9457 problem-details body. */
export function problemBody(status: number, detail: string, errors?: Problem['errors']): Problem {
  return {
    type: `/api/problems/${status}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  }
}

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
