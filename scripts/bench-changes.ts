import { createRandom } from '../data/synthetic/random'
import type { EngineIndex } from '../src/lib/engine/build-index'
import { emptyEngineQuery, type EngineQuery } from '../src/lib/engine/types'

const searches = ['cease', 'ceasefire', 'humanitarian', 'talks', '"territorial integrity"', 'calm']
const ranges: [string, string][] = [
  ['2016-01-01', '2017-12-31'],
  ['2020-03-01', '2020-09-30'],
  ['2023-09-19', '2023-09-21'],
  ['2025-01-01', '2026-11-27'],
]

/**
 * A reproducible walk through filter changes as an analyst makes them: each step toggles one
 * thing (a stance, a kind, an actor, an event, a search, a date range), starting again from
 * the whole dataset every fourth change, so the views range from everything to a few statements.
 */
export function filterChanges(index: EngineIndex, count: number, seed = 5): EngineQuery[] {
  const random = createRandom(seed)
  const toggle = (values: readonly string[], value: string) =>
    values.includes(value) ? values.filter((item) => item !== value) : [...values, value]
  const changes: EngineQuery[] = []
  let query = emptyEngineQuery
  for (let step = 0; step < count; step += 1) {
    // Every fourth change starts again from the whole dataset; the others narrow the view.
    if (step % 4 === 0) query = emptyEngineQuery
    const move = random.int(1, 7)
    if (move === 1)
      query = { ...query, stance: toggle(query.stance, random.pick(index.values.stance)) }
    else if (move === 2)
      query = {
        ...query,
        kind: toggle(query.kind, random.pick(['state', 'international-organisation'])),
      }
    else if (move === 3) query = { ...query, q: random.pick(searches) }
    else if (move === 4)
      query = { ...query, event: toggle(query.event, random.pick(index.values.event)) }
    else if (move === 5)
      query = { ...query, actor: toggle(query.actor, random.pick(index.values.actor)) }
    else if (move === 6) {
      const [from, to] = random.pick(ranges)
      query = { ...query, from, to }
    } else query = { ...query, q: query.q ? '' : random.pick(searches), event: [] }
    changes.push(query)
  }
  return changes
}
