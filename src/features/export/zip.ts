// A ZIP archive (PKWARE APPNOTE 6.3), written here rather than with a library: a data package is a
// handful of files, compressed by the platform's own `CompressionStream`, so the writer needs only
// the headers and a CRC-32.

export type ZipEntry = { name: string; bytes: Uint8Array<ArrayBuffer> }

const crcTable = Uint32Array.from({ length: 256 }, (_, index) => {
  let crc = index
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1
  return crc >>> 0
})

/** The CRC-32 a ZIP entry carries of its bytes before compression. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** Raw DEFLATE, as a ZIP entry holds it, by the browser's (or Node's) own compressor. */
async function deflated(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
  const reader = input.pipeThrough(new CompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value)
    size += read.value.length
  }
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/** MS-DOS time and date, as ZIP headers keep them, in the time zone the archive is made in. */
function dosTime(date: Date) {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  }
}

/** The entries as one ZIP archive, each deflated (or stored, where deflating would not shrink it). */
export async function zipOf(
  entries: readonly ZipEntry[],
  modified: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder()
  const { time, date } = dosTime(modified)
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = encoder.encode(entry.name)
    const packed = await deflated(entry.bytes)
    const stored = packed.length >= entry.bytes.length
    const data = stored ? entry.bytes : packed
    // Shared by the local header (from its version field) and the central directory's entry.
    const common = (view: DataView, at: number) => {
      view.setUint16(at, 20, true) // version needed: 2.0 (deflate)
      view.setUint16(at + 2, 0x0800, true) // the name is UTF-8
      view.setUint16(at + 4, stored ? 0 : 8, true)
      view.setUint16(at + 6, time, true)
      view.setUint16(at + 8, date, true)
      view.setUint32(at + 10, crc32(entry.bytes), true)
      view.setUint32(at + 14, data.length, true)
      view.setUint32(at + 18, entry.bytes.length, true)
      view.setUint16(at + 22, name.length, true)
    }
    const local = new Uint8Array(30 + name.length)
    const localView = new DataView(local.buffer)
    localView.setUint32(0, 0x04034b50, true)
    common(localView, 4)
    local.set(name, 30)
    const record = new Uint8Array(46 + name.length)
    const recordView = new DataView(record.buffer)
    recordView.setUint32(0, 0x02014b50, true)
    recordView.setUint16(4, 20, true) // made by: version 2.0
    common(recordView, 6)
    recordView.setUint32(42, offset, true)
    record.set(name, 46)
    parts.push(local, data)
    central.push(record)
    offset += local.length + data.length
  }
  const directorySize = central.reduce((sum, record) => sum + record.length, 0)
  const end = new Uint8Array(22)
  const endView = new DataView(end.buffer)
  endView.setUint32(0, 0x06054b50, true)
  endView.setUint16(8, entries.length, true)
  endView.setUint16(10, entries.length, true)
  endView.setUint32(12, directorySize, true)
  endView.setUint32(16, offset, true)
  const all = [...parts, ...central, end]
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of all) {
    out.set(part, at)
    at += part.length
  }
  return out
}
