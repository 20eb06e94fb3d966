import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query'

/**
 * The id of the `<script type="application/json">` that carries a prerendered page's query cache:
 * each page (the dashboard, the method page, the cards' embed) has its own, so the one shown reads
 * only its own data.
 */
export const prerenderedStateId = (page: string) => `prerendered-state-${page}`

/**
 * The cache as written into the page: a query whose data is the same as an earlier query's (the
 * latest dataset asked for by its version number, as the method page does, and without one) names
 * that query in `sameData` instead of carrying the data a second time.
 */
type PageState = DehydratedState & { sameData?: Record<string, string> }

/**
 * The query cache as JSON that is safe inside a `<script>` element: every `<`, `>` and `&` is
 * escaped, so no text in the data (`</script>`, `<!--`) can end the element or open a comment,
 * and the line separators JavaScript once treated as line ends are escaped too. `JSON.parse` reads
 * the escapes back as the same characters. Data that repeats is written once (`PageState`).
 */
export function serializeState(state: DehydratedState): string {
  const firstWith = new Map<string, string>()
  const sameData: Record<string, string> = {}
  const queries = state.queries.map((query) => {
    // A query without data yet (undefined) has nothing to share.
    if (query.state.data === undefined) return query
    const data = JSON.stringify(query.state.data)
    const first = firstWith.get(data)
    if (first === undefined) {
      firstWith.set(data, query.queryHash)
      return query
    }
    sameData[query.queryHash] = first
    return { ...query, state: { ...query.state, data: undefined } }
  })
  const page: PageState = { ...state, queries, sameData }
  return JSON.stringify(page)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

// Only the wrapper is checked here: each query's data is the API's answer as the build parsed it
// with the same schemas, and a query whose shape changed fails its own panel, not the page.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
const isQuery = (query: unknown) =>
  isRecord(query) &&
  typeof query.queryHash === 'string' &&
  Array.isArray(query.queryKey) &&
  isRecord(query.state)
const isState = (value: unknown): value is PageState =>
  isRecord(value) &&
  Array.isArray(value.queries) &&
  value.queries.every(isQuery) &&
  Array.isArray(value.mutations) &&
  (value.sameData === undefined ||
    (isRecord(value.sameData) &&
      Object.values(value.sameData).every((hash) => typeof hash === 'string')))

/**
 * Fills `client` with the data the page was prerendered from (a script's text, or the file it
 * names), so the page shows it without asking the data service. Returns whether there was any; a
 * missing or unreadable state means the page loads its data as usual.
 */
export function hydratePrerenderedState(
  client: QueryClient,
  text: string | null | undefined,
): boolean {
  if (!text) return false
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return false
  }
  if (!isState(parsed)) return false
  const { sameData = {}, ...state } = parsed
  const dataOf = new Map(state.queries.map((query) => [query.queryHash, query.state.data]))
  hydrate(client, {
    ...state,
    queries: state.queries.map((query) => {
      const first = sameData[query.queryHash]
      return first === undefined
        ? query
        : { ...query, state: { ...query.state, data: dataOf.get(first) } }
    }),
  })
  return true
}

/**
 * The script that carries `page`'s prerendered data, or names the file that does (`data-src`, the
 * method page's, kept out of what every address downloads); a page without a script of its own
 * has the dashboard's data.
 */
export const prerenderedStateElement = (page: string): Element | null =>
  document.getElementById(prerenderedStateId(page)) ??
  document.getElementById(prerenderedStateId('dashboard'))
