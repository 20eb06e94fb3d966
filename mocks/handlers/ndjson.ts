export const ndjsonType = 'application/x-ndjson'

/** Whether the client asked for the bulk export: one JSON value a line. */
export const wantsNdjson = (request: Request) =>
  (request.headers.get('accept') ?? '').toLowerCase().includes(ndjsonType)

/**
 * Text serialised per pull, in characters: rows are added until a chunk reaches it. Kept small,
 * the chunk's strings are collected young, never as large objects that only a full collection of
 * the corpus-sized heap frees.
 */
export const ndjsonChunkChars = 32 * 1024

/**
 * Streams `count` rows, `rowAt(0)` to `rowAt(count - 1)`, one JSON line each. A chunk is read and
 * serialised only when the reader pulls it, so a reader that stops reading (a slow socket, a
 * client that hung up and cancelled) stops the work, and a large export is never held whole.
 */
export function ndjsonLines(count: number, rowAt: (at: number) => unknown) {
  const encoder = new TextEncoder()
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let lines = ''
      for (; at < count && lines.length < ndjsonChunkChars; at += 1)
        lines += `${JSON.stringify(rowAt(at))}\n`
      if (lines) controller.enqueue(encoder.encode(lines))
      if (at >= count) controller.close()
    },
  })
}

/** The export's answer: `lines` as they are made (`ndjsonLines`, or a store's own). */
export function linesResponse(lines: ReadableStream<Uint8Array>): Response {
  return new Response(lines, {
    status: 200,
    headers: { 'Content-Type': `${ndjsonType}; charset=utf-8` },
  })
}

/** `count` rows, `rowAt(0)` to `rowAt(count - 1)`, streamed as the export's answer. */
export const ndjsonResponse = (count: number, rowAt: (at: number) => unknown) =>
  linesResponse(ndjsonLines(count, rowAt))
