// Times the world map with every UN member state present: loading the boundary data, shaping one
// event and "all events", laying the map out and rendering it. Run: `npx tsx scripts/map-timing.ts`.
// Node stands in for the browser (no paint), so the figures are the map's own work.
import { registerHooks } from 'node:module'
import { performance } from 'node:perf_hooks'
import { renderToString } from 'react-dom/server'
import { codebook } from '../data/codebook'
import { codebookLabels } from '../src/lib/labels'
import type { ActorResult } from '../src/lib/statements/actor-results'
import { describeMap, mapTableRows } from '../src/features/charts/map/describe-map'
import { loadWorld } from '../src/features/charts/map/load-world'
import { projectMap } from '../src/features/charts/map/map-layout'
import { southCaucasus } from '../src/features/charts/map/map-region'
import { shapeMap, shapeMapAcrossEvents } from '../src/features/charts/map/shape-map'
import { events, mapElement, mapTimingInput } from './map-timing-input'

// The component imports its stylesheet, which only a bundler understands: Node gets an empty one.
registerHooks({
  load: (url, context, nextLoad) =>
    url.endsWith('.css')
      ? { format: 'module', source: '', shortCircuit: true }
      : nextLoad(url, context),
})
const { MapChart } = await import('../src/features/charts/map/map-chart')

const time = <T>(label: string, run: () => T, repeat = 20): T => {
  let result = run()
  const started = performance.now()
  for (let index = 0; index < repeat; index += 1) result = run()
  console.log(`${label}: ${((performance.now() - started) / repeat).toFixed(1)} ms`)
  return result
}

const loadStarted = performance.now()
const countries = await loadWorld()
console.log(
  `load, check and redraw the boundaries (once): ${(performance.now() - loadStarted).toFixed(1)} ms`,
)

const { actors, drawn, perEvent, codeOf } = mapTimingInput(countries)
const [one, two] = perEvent
if (!one || !two) throw new Error('No events were generated.')
const labels = codebookLabels(codebook)

console.log(`${actors.length} UN member states (${drawn} drawn), ${events} events`)
const entries = time('shape one event', () => shapeMap(one, codeOf))
time(`shape all ${events} events`, () => shapeMapAcrossEvents(perEvent, codeOf))
time('describe and table rows', () => [describeMap(entries, labels), mapTableRows(entries, labels)])
const mapOf = (input: readonly ActorResult[]) =>
  mapElement(MapChart, countries, shapeMap(input, codeOf), labels)
const render = (input: readonly ActorResult[]) => renderToString(mapOf(input))
time(
  'project the world and the region at 900 px (once per width)',
  () => projectMap(countries, 900, southCaucasus),
  5,
)
time('shape, project and render the map at 900 px (a first render)', () => render(one), 5)

// A filter change on a map already on screen: React re-renders the mounted map with new entries.
// jsdom stands in for the page's document (slower than a browser's, so an upper bound).
const { JSDOM } = await import('jsdom')
const dom = new JSDOM('<!doctype html><div id="root"></div>')
Object.assign(globalThis, { window: dom.window, document: dom.window.document })
const { createRoot } = await import('react-dom/client')
const { flushSync } = await import('react-dom')
const host = dom.window.document.getElementById('root')
if (!host) throw new Error('No root to render into.')
const root = createRoot(host)
const mount = (input: readonly ActorResult[]) => flushSync(() => root.render(mapOf(input)))
mount(one)
const changes: number[] = []
for (let change = 1; change <= 40; change += 1) {
  const started = performance.now()
  mount(perEvent[change % events] ?? one)
  changes.push(performance.now() - started)
}
changes.sort((a, b) => a - b)
const at = (share: number) => (changes[Math.floor(share * (changes.length - 1))] ?? 0).toFixed(1)
console.log(
  `a filter change on the mounted map (shape and re-render, 40 changes): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, longest ${at(1)} ms`,
)
root.unmount()
