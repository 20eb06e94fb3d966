import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { filterChanges } from '../../scripts/bench-changes'
import { writeColumnsCorpus } from '../../scripts/corpus-columns'
import { buildIndex } from '../../src/lib/engine/build-index'
import { columnsIndex } from '../../src/lib/engine/columns-index'
import { createEngine } from '../../src/lib/engine/query'

// The synthetic corpus as `npm run corpus -- --format columns` writes it, drawn a statement at a
// time, beside the same corpus generated at once as the page's worker generates it today.
const folder = mkdtempSync(join(tmpdir(), 'columns-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const out = join(folder, 'statements.columns')
await writeColumnsCorpus({ seed: 4, size: 2_000, out })
const { header, index } = columnsIndex(new Uint8Array(readFileSync(out)))
const dataset = generateSyntheticDataset({ seed: 4, size: 2_000 })
const generated = buildIndex({ ...dataset, codebook })

test('the written corpus holds the statements the generator makes, and says it is synthetic', () => {
  expect([...index.statements]).toEqual(generated.statements)
  expect(header.meta).toEqual(dataset.meta)
  expect(header.notice).toBe(dataset.meta.label)
  expect(header.stances).toEqual(
    dataset.stances.map((summary) => ({ ...summary, statementIds: [] })),
  )
})

test('the engine over the written corpus answers a walk of filter changes as over the generated one', () => {
  const overFile = createEngine(index)
  const overGenerated = createEngine(generated)
  for (const query of filterChanges(generated, 60, 3))
    expect(overFile.query(query)).toEqual(overGenerated.query(query))
})
