import { expect, test } from 'vitest'
import * as z from 'zod/mini'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { filterChanges } from '../../scripts/bench-changes'
import { buildIndex, type EngineIndex } from '../../src/lib/engine/build-index'
import { ColumnsFileError, readColumns } from '../../src/lib/engine/columns-format'
import { columnsIndex } from '../../src/lib/engine/columns-index'
import { createColumnsWriter } from '../../src/lib/engine/columns-writer'
import { namedSearch } from '../../src/lib/engine/named-search'
import { createEngine } from '../../src/lib/engine/query'
import { buildTokenIndex, tokenIndexOf } from '../../src/lib/engine/token-index'
import { emptyEngineQuery } from '../../src/lib/engine/types'
import { searchWords } from './engine-fixtures'

// A synthetic corpus, generated: the columnar corpus is only ever written for synthetic data.
const dataset = generateSyntheticDataset({ seed: 11, size: 3_000, events: 12 })
const data = { ...dataset, codebook }

function written(): Uint8Array<ArrayBuffer> {
  const writer = createColumnsWriter({ ...data, codebookVersion: codebook.version })
  for (const statement of dataset.statements) writer.add(statement)
  const chunks = writer.finish({
    meta: dataset.meta,
    notice: dataset.meta.label,
    events: dataset.events,
    stances: dataset.stances,
    sources: dataset.sources.map(({ text: _text, ...summary }) => summary),
  })
  const file = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    file.set(chunk, at)
    at += chunk.byteLength
  }
  return file
}

const file = written()
const fromObjects = buildIndex(data)
const fromColumns = columnsIndex(file).index

test('the columnar corpus holds every statement as it was generated, in the index’s order', () => {
  expect(fromColumns.statements.length).toBe(dataset.statements.length)
  expect([...fromColumns.statements]).toEqual(fromObjects.statements)
})

test('its facet codes and search texts are those the index builds from the statements', () => {
  const columns = (index: EngineIndex) => {
    const { statements: _statements, folded, ...rest } = index
    return { ...rest, folded: [...folded] }
  }
  expect(columns(fromColumns)).toEqual(columns(fromObjects))
})

test('the engine over the columns answers every filter change as over the statements', () => {
  const overObjects = createEngine(fromObjects, namedSearch(fromObjects))
  const overColumns = createEngine(fromColumns, namedSearch(fromColumns))
  const changes = filterChanges(fromObjects, 120)
  expect(changes.filter((query) => query.q !== '').length).toBeGreaterThan(10)
  for (const query of changes) expect(overColumns.query(query)).toEqual(overObjects.query(query))
})

test('a search over the columns finds the statements it finds over the statements', () => {
  const overObjects = createEngine(fromObjects)
  const overColumns = createEngine(fromColumns)
  const words = searchWords(data).filter((_, at) => at % 40 === 0)
  expect(words.length).toBeGreaterThan(20)
  for (const q of [...words, 'Turkey', 'Ankara', '"border closure"']) {
    const query = { ...emptyEngineQuery, q }
    expect({ q, shown: overColumns.query(query).statements }).toEqual({
      q,
      shown: overObjects.query(query).statements,
    })
  }
})

test('the corpus carries its token index, which the reader takes from the file rather than builds', () => {
  const tokens = tokenIndexOf(fromColumns)
  // Views of the file's own bytes: nothing was built on load.
  expect({ postings: inFile(tokens.postings), starts: inFile(tokens.starts) }).toEqual({
    postings: true,
    starts: true,
  })
  expect(tokens).toEqual(buildTokenIndex(fromObjects.folded))
})

test('a corpus written before it carried its token index still searches, building one', () => {
  const older = columnsIndex(withHeader((header) => delete sectionsOf(header).tokens)).index
  const tokens = tokenIndexOf(older)
  expect(inFile(tokens.postings)).toBe(false)
  expect(tokens).toEqual(tokenIndexOf(fromColumns))
  const overOlder = createEngine(older)
  const overFile = createEngine(fromColumns)
  for (const q of searchWords(data).filter((_, at) => at % 200 === 0)) {
    const query = { ...emptyEngineQuery, q }
    expect(overOlder.query(query).statements).toEqual(overFile.query(query).statements)
  }
})

/** Whether a list is a view of the file's bytes (the test compares buffers, not their bytes). */
const inFile = (list: Uint32Array) => list.buffer === file.buffer

/** The file with its token index's bytes changed by `damage`. */
function withTokens(damage: (tokens: Uint8Array) => void) {
  const damaged = file.slice()
  damage(readColumns(damaged).section('tokens', 'uint8'))
  return damaged
}

test('a corpus whose token index is damaged is refused with a reason', () => {
  const notIndex = withTokens((tokens) => tokens.fill(0, 0, 4))
  expect(() => columnsIndex(notIndex)).toThrow(ColumnsFileError)
  expect(() => columnsIndex(notIndex)).toThrow(
    /token index is damaged: These bytes are not a token index/,
  )
  const pastEnd = withTokens((tokens) => tokens.fill(0xff, tokens.length - 4))
  expect(() => columnsIndex(pastEnd)).toThrow(/token index is damaged: .* past 3000/)
})

const sectionsOf = (header: Record<string, unknown>) =>
  z.record(z.string(), z.unknown()).parse(header.sections)

/** The file with its header changed, its sections as they were. */
function withHeader(change: (header: Record<string, unknown>) => void) {
  const view = new DataView(file.buffer)
  const length = view.getUint32(8, true)
  const header = z
    .record(z.string(), z.unknown())
    .parse(JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + length))))
  change(header)
  const json = new TextEncoder().encode(JSON.stringify(header))
  const start = Math.ceil((12 + json.length) / 8) * 8
  const data = file.subarray(Math.ceil((12 + length) / 8) * 8)
  const changed = new Uint8Array(start + data.length)
  changed.set(file.subarray(0, 8))
  new DataView(changed.buffer).setUint32(8, json.length, true)
  changed.set(json, 12)
  changed.set(data, start)
  return changed
}

test('a corpus that does not say it is synthetic is refused', () => {
  expect(columnsIndex(withHeader(() => undefined)).index.statements.length).toBe(3_000)
  const unmarked = withHeader((header) => {
    delete header.synthetic
    header.notice = 'Statements'
  })
  expect(() => columnsIndex(unmarked)).toThrow(ColumnsFileError)
  expect(() => columnsIndex(unmarked)).toThrow(/does not say it is synthetic/)
  const denied = withHeader((header) => (header.synthetic = false))
  expect(() => columnsIndex(denied)).toThrow(/does not say it is synthetic/)
})

test('a file that is not a columnar corpus, or is cut short, is refused with a reason', () => {
  expect(() => columnsIndex(new TextEncoder().encode('PAR1 not this'))).toThrow(
    /not a columnar statement corpus/,
  )
  expect(() => columnsIndex(file.slice(0, file.length - 64))).toThrow(/ends before its section/)
})
