import { actors } from '../../data/actors'
import { codebook } from '../../data/codebook'
import { event } from '../../data/event'
import { statements } from '../../data/statements'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import type { EngineData, IndexedData } from '../../src/lib/engine/types'
import { labelLookup, searchableText } from '../../src/lib/statements/filter'

export const articleData: EngineData = {
  actors,
  statements,
  stances: actors.map((actor) => deriveStanceSummary(actor, statements)),
  events: [event],
  codebook,
}

/**
 * A small synthetic corpus cut down to a few actors, so the naive path (options × a full filter)
 * stays quick; some actors keep no statements, as happens in real data.
 */
export function smallSyntheticData(seed: number): EngineData {
  const full = generateSyntheticDataset({ seed, size: 400, events: 5 })
  const perActor = new Map<string, number>()
  for (const statement of full.statements)
    perActor.set(statement.actorId, (perActor.get(statement.actorId) ?? 0) + 1)
  const busy = [...perActor].sort((a, b) => b[1] - a[1]).slice(0, 8)
  const silent = full.actors.filter((actor) => !perActor.has(actor.id)).slice(0, 3)
  const kept = new Set([...busy.map(([id]) => id), ...silent.map((actor) => actor.id)])
  return {
    actors: full.actors.filter((actor) => kept.has(actor.id)),
    stances: full.stances.filter((summary) => kept.has(summary.actorId)),
    statements: full.statements.filter((statement) => kept.has(statement.actorId)),
    events: full.events,
    codebook,
  }
}

/**
 * Words to search for: words and parts of words from the data and the codebook's labels, two
 * neighbouring words joined ("ceasefire") or quoted as a phrase, so the property covers folding,
 * labels and phrases.
 */
export function searchWords(data: IndexedData): string[] {
  const lookup = data.codebook ? labelLookup(data.codebook, data.events) : undefined
  const words = new Set<string>()
  for (const statement of data.statements) {
    const actor = data.actors.find((candidate) => candidate.id === statement.actorId)
    const split = searchableText(statement, actor, lookup)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 2)
    split.forEach((word, at) => {
      words.add(word)
      words.add(word.slice(0, 3))
      words.add(word.slice(-3))
      const next = split[at + 1]
      if (next && at % 7 === 0) {
        words.add(word + next)
        words.add(`"${word} ${next}"`)
      }
    })
  }
  return [...words].sort()
}
