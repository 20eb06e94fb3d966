import type * as z from 'zod/mini'
import { ApiError } from './api-error'
import type { Responses } from './responses'

/** How a request reaches the API: `fetch` by default, or the in-page mock where no service worker runs. */
export type ApiTransport = (request: Request) => Promise<Response>

let transport: ApiTransport = (request) => fetch(request)
let ready: () => Promise<unknown> = () => Promise.resolve()

export function setApiTransport(next: ApiTransport): void {
  transport = next
}

/**
 * Holds every request until the API is ready (the mock API starts after the first paint). `ready`
 * is asked again for each request, so a start that failed can be retried by the next one.
 */
export function setApiReady(next: () => Promise<unknown>): void {
  ready = next
}

export function apiUrl(path: string, params?: URLSearchParams): URL {
  const base = new URL(`${import.meta.env.BASE_URL}api/`, window.location.href)
  const url = new URL(path.replace(/^\//, ''), base)
  if (params) url.search = params.toString()
  return url
}

/**
 * What an answer is checked against: a schema, or a function that loads it. The endpoints' own
 * schemas (`responses`) load with the first request rather than with the first paint, which
 * starts from the data the page was built with.
 */
export type AnswerSchema<T> = z.ZodMiniType<T> | (() => Promise<z.ZodMiniType<T>>)

/** Loads the check of the named endpoint's answer. */
export const answerOf =
  <K extends keyof Responses>(name: K) =>
  async (): Promise<Responses[K]> =>
    (await import('./responses')).responses[name]

const unreachable = (path: string) =>
  new ApiError(
    'network',
    'The data service could not be reached. Check your connection and try again.',
    { path },
  )

/** GETs an API path and checks the answer against `schema`; every failure becomes an `ApiError`. */
export async function apiGet<T>(
  path: string,
  schema: AnswerSchema<T>,
  options: { signal?: AbortSignal; params?: URLSearchParams } = {},
): Promise<T> {
  // The check loads while the request is on its way; if its code cannot be fetched (a dropped
  // connection), that is said as the request's own failure would be.
  const check = (typeof schema === 'function' ? schema() : Promise.resolve(schema)).catch(
    () => null,
  )
  const request = new Request(apiUrl(path, options.params), {
    headers: { Accept: 'application/json' },
    ...(options.signal ? { signal: options.signal } : {}),
  })
  let response: Response
  try {
    await ready()
    response = await transport(request)
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw unreachable(path)
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const problem = await import('../schemas/problem').then(
      ({ problemSchema }) => problemSchema.safeParse(body),
      () => ({ success: false as const }),
    )
    const detail = problem.success
      ? problem.data.detail
      : `The data service answered ${response.status}.`
    throw new ApiError('http', detail, {
      status: response.status,
      path,
      ...(problem.success ? { problem: problem.data } : {}),
    })
  }
  const checked = await check
  if (!checked) throw unreachable(path)
  const parsed = checked.safeParse(body)
  if (!parsed.success) {
    throw new ApiError(
      'invalid-response',
      'The data service sent data in an unexpected shape, so it is not shown.',
      { status: response.status, path },
    )
  }
  return parsed.data
}
