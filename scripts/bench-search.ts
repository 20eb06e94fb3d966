// The search part of `npm run bench`: the token index's build, and searches as a reader types
// them, each the first of its words (no answer remembered), beside reading every statement.
import { createRandom } from '../data/synthetic/random'
import type { EngineIndex } from '../src/lib/engine/build-index'
import { parseSearch, termFound } from '../src/lib/engine/search'
import { createSearchCache } from '../src/lib/engine/search-cache'
import { tokenIndexOf } from '../src/lib/engine/token-index'

/** Typed a letter at a time, each prefix a search of its own, as the page asks while typing. */
const typed = ['ceasefire', 'humanitarian', '"territorial integrity"', 'calls on', 'cease-fire']

/** The searches timed: the typed ones letter by letter, then words drawn from the corpus. */
export function benchSearches(index: EngineIndex, drawn = 40): string[] {
  const searches = typed.flatMap((words) =>
    Array.from({ length: words.length }, (_, end) => words.slice(0, end + 1)),
  )
  const random = createRandom(11)
  for (let run = 0; run < drawn; run += 1) {
    const words = (index.folded[random.int(0, index.folded.length - 1)] ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2)
    const word = words[random.int(0, Math.max(0, words.length - 1))] ?? 'talks'
    searches.push(run % 2 ? word : word.slice(0, random.int(3, word.length)))
  }
  return searches.filter((q) => parseSearch(q).length > 0)
}

export function measureSearch(
  index: EngineIndex,
  memoryMb: () => { heap: number; buffers: number },
  scanned = 10,
) {
  const before = memoryMb()
  const started = performance.now()
  const tokens = tokenIndexOf(index)
  const buildMs = performance.now() - started
  const after = memoryMb()
  const searches = benchSearches(index)
  // One cache for all, as the page keeps one: a prefix typed is not the search before it.
  const search = createSearchCache(index)
  const cpuTimes: number[] = []
  const times = searches.map((q) => {
    const cpu = process.cpuUsage()
    const begun = performance.now()
    search(q)
    const ms = performance.now() - begun
    const { user, system } = process.cpuUsage(cpu)
    cpuTimes.push((user + system) / 1000)
    return ms
  })
  // Reading every statement, as search did before the index, for a few of the same searches.
  const scanTimes = searches.slice(0, scanned).map((q) => {
    const terms = parseSearch(q)
    const begun = performance.now()
    let count = 0
    for (const text of index.folded) if (terms.every((term) => termFound(term, text))) count += 1
    return count >= 0 ? performance.now() - begun : 0
  })
  return {
    words: tokens.words.length,
    postings: tokens.postings.length,
    buildMs,
    heapMb: after.heap - before.heap,
    buffersMb: after.buffers - before.buffers,
    searches: times.length,
    times,
    cpuTimes,
    slowest: searches[times.indexOf(Math.max(...times))],
    scanTimes,
  }
}
