import { crc32 as nodeCrc32 } from 'node:zlib'
import { expect, test } from 'vitest'
import { crc32, zipOf } from '../../src/features/export/zip'
import { readZip } from '../zip-read'

const encoder = new TextEncoder()
const made = new Date(2026, 11, 7, 13, 45, 30)

test('the CRC-32 is the one zlib computes', () => {
  for (const text of ['', 'a', 'Türkiye and Erdoğan', 'x'.repeat(10_000)]) {
    const bytes = encoder.encode(text)
    expect(crc32(bytes)).toBe(nodeCrc32(bytes))
  }
})

test('an archive reads back entry by entry, names in UTF-8, text deflated and each CRC right', async () => {
  const csv = `statement_id,actor\r\n${'us-blinken-calls,United States\r\n'.repeat(200)}`
  const entries = [
    { name: 'datapackage.json', bytes: encoder.encode('{"name":"diplomatic-reactions"}\n') },
    { name: 'statements.csv', bytes: encoder.encode(csv) },
    { name: 'Türkiye.txt', bytes: encoder.encode('Erdoğan') },
  ]
  const archive = await zipOf(entries, made)
  const read = readZip(archive)
  expect(read.map((entry) => entry.name)).toEqual([
    'datapackage.json',
    'statements.csv',
    'Türkiye.txt',
  ])
  for (const [index, entry] of read.entries()) {
    expect(entry.bytes.toString('utf8')).toBe(new TextDecoder().decode(entries[index]!.bytes))
    expect(entry.crc).toBe(nodeCrc32(entry.bytes))
  }
  // The repetitive CSV is deflated and shrinks; a file deflating would grow is stored as it is.
  expect(read[1]!.method).toBe(8)
  expect(archive.length).toBeLessThan(csv.length / 4)
  expect(read[2]!.method).toBe(0)
})

test('the entries carry the day and time the archive was made, to the two seconds DOS keeps', async () => {
  const archive = Buffer.from(await zipOf([{ name: 'a.txt', bytes: encoder.encode('a') }], made))
  const time = archive.readUInt16LE(10)
  const date = archive.readUInt16LE(12)
  expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([13, 45, 30])
  expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 12, 7])
})

test('an empty archive is still one: an end record and nothing else', async () => {
  const archive = await zipOf([], made)
  expect(archive.length).toBe(22)
  expect(readZip(archive)).toEqual([])
})
