import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import { server } from '../../mocks/serve/node'
import { ApiError } from '../../src/lib/api/api-error'
import { answerOf, apiGet } from '../../src/lib/api/client'

const catchError = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

test('a valid answer is returned, checked against the schema', async () => {
  const body = await apiGet('/codebook', z.object({ data: z.object({ version: z.string() }) }))
  expect(body.data.version).toBe('3.1.0')
})

test('problem details become an ApiError that carries their message and is not retried', async () => {
  const error = await catchError(apiGet('/actors/atlantis', z.unknown()))
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({
    kind: 'http',
    message: 'No actor with id "atlantis".',
    isRetryable: false,
  })
})

test('a server error without problem details still reads well, and may be retried', async () => {
  server.use(http.get('*/api/meta', () => new HttpResponse('oops', { status: 502 })))
  const error = await catchError(apiGet('/meta', z.unknown()))
  expect(error).toMatchObject({
    kind: 'http',
    message: 'The data service answered 502.',
    isRetryable: true,
  })
})

test('an answer of the wrong shape is refused', async () => {
  server.use(http.get('*/api/meta', () => HttpResponse.json({ data: { version: 3 } })))
  const error = await catchError(
    apiGet('/meta', z.object({ data: z.object({ version: z.string() }) })),
  )
  expect(error).toMatchObject({ kind: 'invalid-response' })
})

test('a network failure becomes a readable error', async () => {
  server.use(http.get('*/api/meta', () => HttpResponse.error()))
  const error = await catchError(apiGet('/meta', z.unknown()))
  expect(error).toMatchObject({ kind: 'network' })
  expect((error as Error).message).toMatch(/could not be reached/)
})

test('an answer whose check cannot be loaded (a dropped connection) reads as unreachable', async () => {
  const error = await catchError(
    apiGet('/meta', () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    ),
  )
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({ kind: 'network' })
  expect((error as Error).message).toMatch(/could not be reached/)
})

test('an endpoint’s own check loads on the first request and checks the answer', async () => {
  server.use(http.get('*/api/meta', () => HttpResponse.json({ data: { version: 3 } })))
  const error = await catchError(apiGet('/meta', answerOf('meta')))
  expect(error).toMatchObject({ kind: 'invalid-response' })
})
