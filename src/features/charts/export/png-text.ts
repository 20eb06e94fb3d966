/** PNG's own CRC-32 (ISO 3309), over a chunk's type and data. */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunkOf(type: string, data: Uint8Array): Uint8Array {
  const typed = new Uint8Array([...new TextEncoder().encode(type), ...data])
  const chunk = new Uint8Array(12 + data.length)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, data.length)
  chunk.set(typed, 4)
  view.setUint32(8 + data.length, crc32(typed))
  return chunk
}

// Typographic marks Latin-1 lacks, as their plain forms.
const plainMarks: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
}

/**
 * One text chunk. tEXt, which every reader shows (ImageMagick, exiftool, image viewers), holds
 * only Latin-1: the words go there with their curly quotes made straight, and only words beyond
 * Latin-1 (a name in Greek or Armenian script) take iTXt, which holds UTF-8 but fewer readers show.
 */
function textChunk(keyword: string, text: string): Uint8Array {
  const plain = text.replace(
    /[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]/g,
    (mark) => plainMarks[mark] ?? mark,
  )
  const encoder = new TextEncoder()
  // tEXt allows printable Latin-1 and line feeds only.
  if (!/[^\n\x20-\x7e\xa0-\xff]/.test(plain))
    return chunkOf(
      'tEXt',
      Uint8Array.from(`${keyword}\0${plain}`, (char) => char.charCodeAt(0)),
    )
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translation NUL.
  return chunkOf(
    'iTXt',
    new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]),
  )
}

/** The 8-byte signature and the 25-byte IHDR chunk, which must come first. */
const afterHeader = 8 + 25

/**
 * The PNG with text chunks added after its header, so that image viewers and catalogues show the
 * chart's title, description and source. Returns the bytes unchanged if they are not a PNG.
 */
export function withPngText(
  png: Uint8Array<ArrayBuffer>,
  entries: Record<string, string>,
): Uint8Array<ArrayBuffer> {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((byte, index) => png[index] === byte)) return png
  const chunks = Object.entries(entries).map(([keyword, text]) => textChunk(keyword, text))
  const added = chunks.reduce((total, chunk) => total + chunk.length, 0)
  const out = new Uint8Array(png.length + added)
  out.set(png.subarray(0, afterHeader), 0)
  let at = afterHeader
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  out.set(png.subarray(afterHeader), at)
  return out
}
