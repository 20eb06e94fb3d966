import type { ServerResponse } from 'node:http'

/**
 * Writes a handler's body to the socket as the handler's stream gives it, one chunk at a time:
 * when the socket's buffer is full (`write` returns false) the next chunk is not asked for until
 * it drains, so a slow client holds back the stream's producer rather than filling the server's
 * memory, and a client that hangs up cancels the stream. A stream that fails rejects, leaving the
 * caller to cut the answer short.
 */
export async function writeBody(
  body: ReadableStream<Uint8Array>,
  outgoing: ServerResponse,
): Promise<void> {
  const reader = body.getReader()
  // A pending read ends at once, as done, when the stream is cancelled.
  const hangUp = () => void reader.cancel()
  outgoing.once('close', hangUp)
  try {
    for (;;) {
      if (gone(outgoing)) {
        await reader.cancel()
        return
      }
      const { done, value } = await reader.read()
      if (done) break
      if (!outgoing.write(value)) await drainedOrClosed(outgoing)
    }
  } finally {
    outgoing.off('close', hangUp)
  }
  if (!gone(outgoing)) outgoing.end()
}

/** Read anew each time: the client may hang up while the body waits. */
const gone = (outgoing: ServerResponse) => outgoing.destroyed

function drainedOrClosed(outgoing: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      outgoing.off('drain', go)
      outgoing.off('close', go)
      resolve()
    }
    outgoing.on('drain', go)
    outgoing.on('close', go)
  })
}
