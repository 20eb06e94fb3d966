// The page scripts/map-timing-browser.ts measures: the real MapChart with the app's stylesheet,
// mounted once, then given new entries as a filter change gives them. It exposes `mapTiming` for
// the script to drive; nothing here is part of the app.
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { codebook } from '../../data/codebook'
import { codebookLabels } from '../../src/lib/labels'
import type { ActorResult } from '../../src/lib/statements/actor-results'
import { loadWorld } from '../../src/features/charts/map/load-world'
import { MapChart } from '../../src/features/charts/map/map-chart'
import { shapeMap, shapeMapAcrossEvents } from '../../src/features/charts/map/shape-map'
import { mapElement, mapTimingInput } from '../map-timing-input'
import '../../src/app/styles.css'

type Mode = 'one' | 'all'
type Change = { renderMs: number; toPaintMs: number }
type Frame = {
  start: number
  duration: number
  blockingMs: number
  scriptMs: number
  styleLayoutPaintMs: number
}

const host = document.getElementById('root')
if (!host) throw new Error('The timing page has no root to render into.')
const root = createRoot(host)
const countries = await loadWorld()
const { actors, drawn, perEvent, codeOf } = mapTimingInput(countries)
const labels = codebookLabels(codebook)

// Every frame over 50 ms, the browser's own record of what blocked the page, split into the
// scripts it ran and the style, layout and paint after them, to tell React's work from the drawing.
const frames: Frame[] = []
const frameType = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
  ? 'long-animation-frame'
  : 'longtask'
const numberIn = (entry: PerformanceEntry, key: string) => {
  const value: unknown = Reflect.get(entry, key)
  return typeof value === 'number' ? value : null
}
const scriptsIn = (entry: PerformanceEntry) => {
  const scripts: unknown = Reflect.get(entry, 'scripts')
  return Array.isArray(scripts)
    ? scripts.reduce<number>((sum, script: unknown) => {
        const duration: unknown =
          typeof script === 'object' && script ? Reflect.get(script, 'duration') : null
        return sum + (typeof duration === 'number' ? duration : 0)
      }, 0)
    : 0
}
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const end = entry.startTime + entry.duration
    const styleAndLayoutStart = numberIn(entry, 'styleAndLayoutStart')
    frames.push({
      start: entry.startTime,
      duration: entry.duration,
      blockingMs: numberIn(entry, 'blockingDuration') ?? Math.max(0, entry.duration - 50),
      scriptMs: scriptsIn(entry),
      styleLayoutPaintMs: styleAndLayoutStart === null ? 0 : end - styleAndLayoutStart,
    })
  }
}).observe({ type: frameType, buffered: true })

// One event: the change moves to another event's results. All events: a filter leaves out one
// event's results, so the map is shaped again across the others.
const inputFor = (mode: Mode, change: number): readonly (readonly ActorResult[])[] =>
  mode === 'one'
    ? [perEvent[change % perEvent.length] ?? []]
    : perEvent.filter((_, index) => index !== change % perEvent.length)

const render = (mode: Mode, change: number) => {
  const input = inputFor(mode, change)
  const [only = []] = input
  const entries = mode === 'one' ? shapeMap(only, codeOf) : shapeMapAcrossEvents(input, codeOf)
  flushSync(() => root.render(mapElement(MapChart, countries, entries, labels)))
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
// A message posted in a frame's callback is handled after that frame has been painted.
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })

/**
 * Each change starts at a frame's start, so the time to the paint is the change's own work (shaping,
 * React, style, layout, paint) and not the wait for the next frame.
 */
async function change(mode: Mode, index: number): Promise<Change> {
  await nextFrame()
  const started = performance.now()
  render(mode, index)
  const rendered = performance.now()
  await afterPaint()
  return { renderMs: rendered - started, toPaintMs: performance.now() - started }
}

/** The first render of a view and a few changes, so the measured changes find the code compiled. */
async function warm(mode: Mode, count: number) {
  render(mode, 0)
  for (let index = 1; index <= count; index += 1) await change(mode, index)
}

async function run(mode: Mode, count: number) {
  const from = performance.now()
  const changes: Change[] = []
  for (let index = 1; index <= count; index += 1) changes.push(await change(mode, 100 + index))
  // The frames observed during the changes; the observer reports them a little later.
  await new Promise((resolve) => setTimeout(resolve, 100))
  const to = performance.now()
  return {
    changes,
    frames: frames.filter((frame) => frame.start + frame.duration >= from && frame.start <= to),
    paths: document.querySelectorAll('.map-svg path').length,
  }
}

// Mounted before the script measures anything: the first render projects the map, a change never.
render('one', 0)
Object.assign(window, {
  mapTiming: { actors: actors.length, drawn, events: perEvent.length, frameType, warm, run },
})
document.title = 'Map timing ready'
