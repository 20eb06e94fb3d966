import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { codebook } from '../data/codebook'
import type { SyntheticOptions } from '../data/synthetic/generate'
import { syntheticLabel } from '../data/synthetic/templates'
import { createColumnsWriter } from '../src/lib/engine/columns-writer'
import { corpusRows } from './corpus-rows'

/**
 * Writes the synthetic corpus as the columnar corpus the page's engine reads (docs/data.md), at
 * any size: statements are drawn one at a time, with the same seed, order and words as
 * `generateSyntheticDataset`, and taken apart into columns as they come. The codebook is the one
 * the page's engine searches with, since each statement's coded labels are written folded.
 */
export async function writeColumnsCorpus(
  options: SyntheticOptions & { out: string; log?: (line: string) => void },
) {
  const { out, log = () => undefined, ...synthetic } = options
  const started = performance.now()
  const corpus = corpusRows(synthetic)
  const writer = createColumnsWriter({
    actors: corpus.actors,
    events: corpus.events,
    codebook,
    codebookVersion: codebook.version,
  })
  let count = 0
  // Ranked by event, as the generator lists an actor's statements.
  for (const { statement, eventIndex } of corpus.statements()) {
    writer.add(statement, eventIndex)
    count += 1
    if (count % 250_000 === 0) log(`${count.toLocaleString('en')} statements drawn…`)
  }
  const drawnMs = performance.now() - started
  const side = corpus.sideData()
  const file = createWriteStream(out)
  for (const chunk of writer.finish({
    meta: side.meta,
    notice: syntheticLabel,
    events: side.events,
    stances: side.stances,
    sources: side.sources.map(({ text: _text, ...summary }) => summary),
  }))
    if (!file.write(chunk)) await once(file, 'drain')
  file.end()
  await once(file, 'finish')
  return { statements: count, drawnMs, totalMs: performance.now() - started }
}
