/** Numbers pushed one at a time into a typed array that doubles as it fills. */
export class GrowableInts {
  data = new Int32Array(64)
  length = 0
  push(value: number) {
    if (this.length === this.data.length)
      this.data = grown(this.data, this.length + 1, (size) => new Int32Array(size))
    this.data[this.length] = value
    this.length += 1
  }
  /** Zeros up to `length`, for a column that begins after some statements were taken. */
  padTo(length: number) {
    if (length > this.data.length)
      this.data = grown(this.data, length, (size) => new Int32Array(size))
    this.length = Math.max(this.length, length)
  }
  values() {
    return this.data.subarray(0, this.length)
  }
}

/** Strings pushed one at a time as UTF-8 into one buffer, with each one's byte length. */
export class GrowableTexts {
  bytes = new Uint8Array(1024)
  used = 0
  lengths = new GrowableInts()
  private encoder = new TextEncoder()
  push(text: string) {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    const room = this.used + text.length * 3
    if (room > this.bytes.length)
      this.bytes = grown(this.bytes, room, (size) => new Uint8Array(size))
    const { written } = this.encoder.encodeInto(text, this.bytes.subarray(this.used))
    this.used += written
    this.lengths.push(written)
  }
}

function grown<T extends Int32Array | Uint8Array>(
  data: T,
  needed: number,
  make: (size: number) => T,
): T {
  let size = Math.max(64, data.length * 2)
  while (size < needed) size *= 2
  const copy = make(size)
  copy.set(data)
  return copy
}

/** Texts of several builders laid end to end: the offsets (one more than the texts), and the bytes. */
export function joinTexts(parts: readonly GrowableTexts[]) {
  const count = parts.reduce((sum, part) => sum + part.lengths.length, 0)
  const size = parts.reduce((sum, part) => sum + part.used, 0)
  if (size > 0xffffffff) throw new Error('Texts past 4 GB do not fit a columnar corpus.')
  const offsets = new Uint32Array(count + 1)
  const bytes = new Uint8Array(size)
  let at = 0
  let used = 0
  for (const part of parts) {
    for (const length of part.lengths.values()) {
      offsets[at + 1] = (offsets[at] ?? 0) + length
      at += 1
    }
    bytes.set(part.bytes.subarray(0, part.used), used)
    used += part.used
  }
  return { offsets, bytes }
}

/** Columns of several builders laid end to end, in the smallest type that holds `max`. */
export function joinInts(
  parts: readonly GrowableInts[],
  type: 'int8' | 'int32' | 'uint8' | 'uint16' | 'uint32',
) {
  const count = parts.reduce((sum, part) => sum + part.length, 0)
  const Type = {
    int8: Int8Array,
    int32: Int32Array,
    uint8: Uint8Array,
    uint16: Uint16Array,
    uint32: Uint32Array,
  }[type]
  const joined = new Type(count)
  let at = 0
  for (const part of parts) {
    joined.set(part.values(), at)
    at += part.length
  }
  return joined
}

/** The smallest unsigned type for codes below `size`. */
export const codeType = (size: number) =>
  size <= 0x100 ? 'uint8' : size <= 0x10000 ? 'uint16' : 'uint32'
