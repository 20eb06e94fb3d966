// Measures the open-format files of a view: the Parquet file and the zipped data package of the
// article's whole view and of the synthetic corpus's (100,000 statements across every event),
// their sizes and the time to write them, in Node with the page's own code. Run with
// `npm run bench:open-formats`; writes reports/open-formats.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { articleDataset, indexed, syntheticDataset } from '../mocks/handlers/dataset'
import type { ServedDataset } from '../mocks/handlers/dataset'
import { openFormatFile } from '../src/features/export/open-formats'
import { genericTerms, termsOf } from '../src/lib/codebook/event-terms'
import { engineQueryOf } from '../src/lib/engine/engine-query'
import { shownActors } from '../src/lib/engine/results'
import { codebookLabels } from '../src/lib/labels'
import { allEvents, emptyFilterState } from '../src/lib/url-state/filter-state'

const runs = 3

/** Every statement of the dataset's latest version, as an unfiltered view shows it. */
function viewOf(served: ServedDataset) {
  const version = served.latest
  const found = indexed(version)
  const results = shownActors(
    found.engine.index,
    found.engine.query(engineQueryOf(emptyFilterState)),
  )
  const [only] = version.events.length === 1 ? version.events : []
  return {
    state: emptyFilterState,
    results,
    actors: version.actors,
    sources: version.sources,
    labels: codebookLabels(version.codebook, only ? termsOf(only) : genericTerms),
    codebook: version.codebook,
    events: version.events,
    event: only?.id ?? allEvents,
    datasetVersion: version.meta.version,
    dataset: served.name,
    view: '/?bench',
    created: new Date(),
  }
}

const report: Record<string, Record<string, number>> = {}
for (const [name, served] of [
  ['article', articleDataset],
  ['synthetic 100k', syntheticDataset({ size: 100_000 })],
] as const) {
  const view = viewOf(served)
  const statements = view.results.reduce((sum, result) => sum + result.statements.length, 0)
  for (const format of ['parquet', 'datapackage'] as const) {
    const times: number[] = []
    let bytes = 0
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now()
      const file = await openFormatFile({ ...view, format })
      times.push(performance.now() - started)
      bytes = file.bytes.length
    }
    report[`${name} ${format}`] = {
      statements,
      kb: Math.round(bytes / 102.4) / 10,
      medianMs: Math.round([...times].sort((a, b) => a - b)[1] ?? NaN),
    }
  }
}
const load = loadavg().map((value) => value.toFixed(2))
console.table(report)
console.log(`Node ${process.version}, load average ${load.join(' ')}, median of ${runs} runs`)
mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/open-formats.json',
  `${JSON.stringify({ report, load, node: process.version }, null, 2)}\n`,
)
