// Times the charts' shaping (every chart's data, bounded at scale) on the synthetic corpus at
// 1,000, 10,000 and 100,000 statements, one event and all events. Run:
// `npx tsx scripts/chart-timing.ts`. A measurement, not a test: the figures depend on the machine.
import { performance } from 'node:perf_hooks'
import { generateSyntheticDataset } from '../data/synthetic/generate'
import { dimensionIds } from '../src/lib/vocabulary'
import type { Statement } from '../src/lib/schemas/statement'
import type { ActorResult } from '../src/lib/statements/actor-results'
import { shapeCharts } from '../src/features/charts/shape-charts'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

for (const size of [1_000, 10_000, 100_000]) {
  const dataset = generateSyntheticDataset({ size })
  const byActor = new Map<string, Statement[]>()
  for (const statement of dataset.statements) {
    const own = byActor.get(statement.actorId) ?? []
    own.push(statement)
    byActor.set(statement.actorId, own)
  }
  // Every actor, as the page holds them with no filter set.
  const input: ActorResult[] = dataset.actors.map((actor, index) => {
    const summary = dataset.stances[index]
    if (!summary) throw new Error(`No stance summary for ${actor.id}.`)
    return { actor, summary, statements: byActor.get(actor.id) ?? [] }
  })
  for (const allEvents of [false, true]) {
    const runs: number[] = []
    for (let run = 0; run < 7; run += 1) {
      const started = performance.now()
      const shapes = shapeCharts(input, {
        dimensions: dimensionIds,
        chosen: { matrix: null, agreement: null },
        allEvents,
        events: dataset.events,
      })
      runs.push(performance.now() - started)
      if (run === 0 && size === 100_000 && !allEvents)
        console.log(
          `  (timeline: ${shapes.timeline.kind}, matrix ${shapes.matrix.actorIds.length} actors, agreement ${shapes.agreement.cells.length} cells, map ${shapes.map.length} entries)`,
        )
    }
    console.log(
      `${size.toLocaleString('en-GB')} statements, ${input.length} actors, ${allEvents ? `all ${dataset.events.length} events` : 'one view'}: shaping median ${median(runs).toFixed(1)} ms (min ${Math.min(...runs).toFixed(1)}, max ${Math.max(...runs).toFixed(1)})`,
    )
  }
}
