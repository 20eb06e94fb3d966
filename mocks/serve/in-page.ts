import { getResponse } from 'msw'
import type { RequestHandler } from 'msw'
import { handlers } from '../handlers/all'
import { problemResponse } from '../problem'

let current: readonly RequestHandler[] = handlers

/** The handlers answering now: the article's, or the article's with the analyst's workspace. */
export const currentHandlers = () => [...current]

export function setCurrentHandlers(next: readonly RequestHandler[]): void {
  current = next
}

/**
 * Answers a request in the page itself with the same handlers the service worker uses, for
 * browsers and frames where no service worker can run.
 */
export async function answerInPage(request: Request): Promise<Response> {
  const response = await getResponse([...current], request)
  if (!response) return problemResponse(404, `No endpoint at ${new URL(request.url).pathname}.`)
  // msw's network-error response has type "error"; a real fetch would reject instead.
  if (response.type === 'error') throw new TypeError('Failed to fetch')
  return response
}
