import { inflateRawSync } from 'node:zlib'

export type ReadEntry = { name: string; method: number; crc: number; bytes: Buffer }

/**
 * Reads a ZIP archive from its central directory, as unzip does, with Node's own inflate: each
 * entry's name, compression method, the CRC-32 it claims and its bytes. Throws on what is not a
 * ZIP or claims sizes its data does not have.
 */
export function readZip(archive: Uint8Array): ReadEntry[] {
  const zip = Buffer.from(archive)
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0) throw new Error('no end of central directory: not a ZIP archive')
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries: ReadEntry[] = []
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`no directory entry at ${at}`)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const packed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`no local header for ${name}`)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + packed)
    const bytes = method === 8 ? inflateRawSync(data) : Buffer.from(data)
    if (bytes.length !== size) throw new Error(`${name}: ${bytes.length} bytes, claims ${size}`)
    entries.push({ name, method, crc, bytes })
    at += 46 + nameLength + extra
  }
  return entries
}
