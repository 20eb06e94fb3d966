import { fingerprint } from './paging'

/**
 * The query with its parameters in one order and list values split, so `?a=1,2&b=3` and
 * `?b=3&a=2&a=1` are the same query. Order within a list does not change an answer.
 */
export function normalisedQuery(url: URL): string {
  return [...url.searchParams]
    .flatMap(([key, value]) => value.split(',').map((item) => `${key}=${item}`))
    .sort()
    .join('&')
}

const matchesAny = (header: string, tag: string) =>
  header
    .split(',')
    .map((item) => item.trim())
    .some((item) => item === '*' || item === tag)

/**
 * Gives a successful answer a strong ETag made of the dataset version, the path, the normalised
 * query and the media type: the answer is fixed by them, so a client that has it gets a 304 and no body.
 */
export function withETag(request: Request, response: Response, version: string): Response {
  if (response.status !== 200) return response
  const url = new URL(request.url)
  // The media type too: the bulk export of a query is another body than its JSON page.
  const type = response.headers.get('content-type') ?? ''
  const tag = `"${version}-${fingerprint(`${url.pathname}?${normalisedQuery(url)} ${type}`)}"`
  const asked = request.headers.get('if-none-match')
  if (asked && matchesAny(asked, tag))
    return new Response(null, { status: 304, headers: { ETag: tag } })
  response.headers.set('ETag', tag)
  return response
}
