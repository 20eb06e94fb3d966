import { HttpResponse } from 'msw'
import * as z from 'zod/mini'
import { injectFault, type Resource } from '../faults'
import { describeIssues, problemResponse } from '../problem'

/** Matches the path on any origin, so one handler serves the page, the tests and the HTTP server. */
export const apiPath = (path: string) => `*/api${path}`

/** Rejects any query parameter on an endpoint that takes none. */
export function rejectQuery(request: Request): Response | undefined {
  const input = Object.fromEntries(new URL(request.url).searchParams)
  const parsed = z.strictObject({}).safeParse(input)
  if (parsed.success) return undefined
  return problemResponse(
    400,
    'This endpoint takes no query parameters.',
    describeIssues(parsed.error, input),
  )
}

/** Answers with `{ data }`, unless a fault is injected for the resource. */
export async function answer(resource: Resource, data: unknown): Promise<Response> {
  return (await injectFault(resource)) ?? HttpResponse.json({ data })
}
