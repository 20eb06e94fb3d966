import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { extractDrafts } from '../src/lib/workspace/extract'
import { heldOut } from '../tests/fixtures/draft-corpus/held-out'
import { tune } from '../tests/fixtures/draft-corpus/tune'
import { tuneB } from '../tests/fixtures/draft-corpus/tune-b'
import { tuneC } from '../tests/fixtures/draft-corpus/tune-c'
import { tuneD } from '../tests/fixtures/draft-corpus/tune-d'
import { tuneE } from '../tests/fixtures/draft-corpus/tune-e'
import { tuneF } from '../tests/fixtures/draft-corpus/tune-f'
import { tuneG } from '../tests/fixtures/draft-corpus/tune-g'

/**
 * How long the suggested drafts of a real-length source take: every fictional test source (the
 * held-out list may be empty between two sets) run together until 5,000 words, read against one
 * event with all their added actors, as the workspace reads a long source. Prints the median and slowest of ten runs after a warm-up, with
 * the machine's load average, since the figure moves with it.
 */
const sources = [...tune, ...tuneB, ...tuneC, ...tuneD, ...tuneE, ...tuneF, ...tuneG, ...heldOut]
const wordsOf = (text: string) => text.split(/\s+/u).filter(Boolean).length
let text = ''
for (let round = 0; wordsOf(text) < 5000; round += 1)
  text += `${sources[round % sources.length]?.text ?? ''}\n\n`
const first = sources[0]
const options = first
  ? { event: first.event, actors: sources.flatMap((source) => source.actors) }
  : {}

extractDrafts(text, options)
const times: number[] = []
// The process's own processor time too: on a shared machine the wall clock mostly measures the
// other processes' load.
const cpuTimes: number[] = []
let drafts = 0
for (let run = 0; run < 10; run += 1) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  drafts = extractDrafts(text, options).length
  const used = process.cpuUsage(cpu)
  times.push(performance.now() - start)
  cpuTimes.push((used.user + used.system) / 1000)
}
const medianOf = (values: number[]) => {
  values.sort((a, b) => a - b)
  return ((values[4] ?? 0) + (values[5] ?? 0)) / 2
}
const median = medianOf(times)
const cpuMedian = medianOf(cpuTimes)
console.log(
  `drafts of a ${wordsOf(text).toLocaleString('en')}-word source (${text.length.toLocaleString('en')} characters): ${drafts} drafts`,
)
console.log(
  `median ${median.toFixed(1)} ms, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms over 10 runs (processor time: median ${cpuMedian.toFixed(1)} ms); load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`,
)
