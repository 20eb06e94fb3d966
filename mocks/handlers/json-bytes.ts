/** A value as JSON, in UTF-8 bytes. */
export const encodeJson = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

/** Where lists are written before their bytes are copied out; grown as needed and kept. */
let scratch = new Uint8Array(1024 * 1024)

/**
 * `{"data":[…],"meta":{…}}` as UTF-8 bytes, the same as `encodeJson({ data, meta })`, written a
 * row at a time: a page of 500 statements is half a megabyte, and as one string it would be a
 * large object on the heap, freed only by a full collection of the corpus-sized heap, while a
 * row's string is small and dies young. The rows are written into one kept buffer, so a page
 * allocates only its own bytes.
 */
export function encodeList(data: readonly unknown[], meta: object): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  let length = 0
  const write = (text: string) => {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    const room = length + text.length * 3
    if (room > scratch.length) {
      const larger = new Uint8Array(Math.max(room, scratch.length * 2))
      larger.set(scratch.subarray(0, length))
      scratch = larger
    }
    length += encoder.encodeInto(text, scratch.subarray(length)).written
  }
  write('{"data":[')
  data.forEach((row, at) => write(`${at === 0 ? '' : ','}${JSON.stringify(row)}`))
  write(`],"meta":${JSON.stringify(meta)}}`)
  return scratch.slice(0, length)
}
