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

/** Strings pushed one at a time as UTF-8 into one buffer, with each one's length in bytes and in UTF-16 units. */
export class GrowableTexts {
  bytes = new Uint8Array(1024)
  used = 0
  lengths = new GrowableInts()
  chars = new GrowableInts()
  private encoder = new TextEncoder()
  push(text: string) {
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    const room = this.used + text.length * 3
    if (room > this.bytes.length)
      this.bytes = grown(this.bytes, room, (size) => new Uint8Array(size))
    const { written } = this.encoder.encodeInto(text, this.bytes.subarray(this.used))
    this.used += written
    this.lengths.push(written)
    this.chars.push(text.length)
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

/** Where each of a builder's counted runs begins, and, last, where the last ends. */
function starts(counts: GrowableInts) {
  const values = counts.values()
  const begins = new Float64Array(values.length + 1)
  for (let at = 0; at < values.length; at += 1)
    begins[at + 1] = (begins[at] ?? 0) + (values[at] ?? 0)
  return begins
}

/**
 * Texts of several builders laid end to end, each builder's in the order `orders` gives: the
 * bytes, and where each text begins in them, in bytes and in UTF-16 units (one more than the
 * texts), so a run of texts is decoded at once and cut.
 */
export function joinTexts(parts: readonly GrowableTexts[], orders: readonly Int32Array[]) {
  const size = parts.reduce((sum, part) => sum + part.used, 0)
  if (size > 0xffffffff) throw new Error('Texts past 4 GB do not fit a columnar corpus.')
  const offsets = runningTotal(
    parts.map((part) => part.lengths),
    orders,
  )
  const chars = runningTotal(
    parts.map((part) => part.chars),
    orders,
  )
  const bytes = new Uint8Array(size)
  let at = 0
  parts.forEach((part, which) => {
    const begins = starts(part.lengths)
    for (const row of orders[which] ?? []) {
      bytes.set(part.bytes.subarray(begins[row], begins[row + 1]), offsets[at])
      at += 1
    }
  })
  return { offsets, chars, bytes }
}

/** Where each of the counts, in the order `orders` gives, begins and, last, where the last ends. */
export function runningTotal(parts: readonly GrowableInts[], orders: readonly Int32Array[]) {
  const totals = new Uint32Array(parts.reduce((sum, part) => sum + part.length, 0) + 1)
  let at = 0
  parts.forEach((part, which) => {
    const counts = part.values()
    for (const row of orders[which] ?? []) {
      totals[at + 1] = (totals[at] ?? 0) + (counts[row] ?? 0)
      at += 1
    }
  })
  return totals
}

const intTypes = {
  int8: Int8Array,
  int32: Int32Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
}
export type IntType = keyof typeof intTypes

/** Columns of several builders laid end to end, each builder's in the order `orders` gives. */
export function joinInts(
  parts: readonly GrowableInts[],
  type: IntType,
  orders: readonly Int32Array[],
) {
  const joined = new intTypes[type](parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  parts.forEach((part, which) => {
    const values = part.values()
    for (const row of orders[which] ?? []) {
      joined[at] = values[row] ?? 0
      at += 1
    }
  })
  return joined
}

/**
 * Lists of several builders laid end to end, `counts` giving each row's length in `items`: the
 * items in the order `orders` gives the rows, and where each row's begin (one more than the rows).
 */
export function joinLists(
  counts: readonly GrowableInts[],
  items: readonly GrowableInts[],
  orders: readonly Int32Array[],
) {
  const offsets = runningTotal(counts, orders)
  const joined = new Int32Array(offsets[offsets.length - 1] ?? 0)
  let at = 0
  counts.forEach((part, which) => {
    const begins = starts(part)
    const values = items[which]?.values() ?? new Int32Array(0)
    for (const row of orders[which] ?? []) {
      joined.set(values.subarray(begins[row], begins[row + 1]), offsets[at])
      at += 1
    }
  })
  return { offsets, items: joined }
}

/** The smallest unsigned type for codes below `size`. */
export const codeType = (size: number) =>
  size <= 0x100 ? 'uint8' : size <= 0x10000 ? 'uint16' : 'uint32'
