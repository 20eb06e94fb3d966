import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query'

/** The id of the `<script type="application/json">` that carries the prerendered query cache. */
export const prerenderedStateId = 'prerendered-state'

/**
 * The query cache as JSON that is safe inside a `<script>` element: every `<`, `>` and `&` is
 * escaped, so no text in the data (`</script>`, `<!--`) can end the element or open a comment,
 * and the line separators JavaScript once treated as line ends are escaped too. `JSON.parse` reads
 * the escapes back as the same characters.
 */
export function serializeState(state: DehydratedState): string {
  return JSON.stringify(state)
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
const isState = (value: unknown): value is DehydratedState =>
  isRecord(value) &&
  Array.isArray(value.queries) &&
  value.queries.every(isQuery) &&
  Array.isArray(value.mutations)

/**
 * Fills `client` with the data the page was prerendered from, so the page shows it without
 * asking the data service. Returns whether there was any; a missing or unreadable script means
 * the page loads its data as usual.
 */
export function hydratePrerenderedState(client: QueryClient, element: Element | null): boolean {
  if (!element?.textContent) return false
  let parsed: unknown
  try {
    parsed = JSON.parse(element.textContent)
  } catch {
    return false
  }
  if (!isState(parsed)) return false
  hydrate(client, parsed)
  return true
}
