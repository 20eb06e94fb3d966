export const ndjsonType = 'application/x-ndjson'

/** Whether the client asked for the bulk export: one JSON value a line. */
export const wantsNdjson = (request: Request) =>
  (request.headers.get('accept') ?? '').toLowerCase().includes(ndjsonType)

/**
 * Streams `items` one JSON line at a time, a batch per pull, so a large export is never held as
 * one string.
 */
export function ndjsonResponse(items: readonly unknown[]): Response {
  const encoder = new TextEncoder()
  const batch = 500
  let at = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const lines = items
        .slice(at, at + batch)
        .map((item) => `${JSON.stringify(item)}\n`)
        .join('')
      at += batch
      if (lines) controller.enqueue(encoder.encode(lines))
      if (at >= items.length) controller.close()
    },
  })
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': `${ndjsonType}; charset=utf-8`, Vary: 'Accept' },
  })
}
