import { codingOfStatements, loadCoding } from '../../src/lib/codebook/coding'
import { termsOf } from '../../src/lib/codebook/event-terms'
import type { ValueWords } from '../../src/lib/codebook/reliability-fields'
import { measureReliability, type Reliability } from '../../src/lib/codebook/reliability'
import { codebookLabels } from '../../src/lib/labels'
import { actors } from '../actors'
import { codebook } from '../codebook'
import { event } from '../event'
import { sourceText } from '../source-text'
import { statements } from '../statements'
import codingC from './coding-c.json' with { type: 'json' }
import { resolutions } from './resolutions'

/** The codebook's rules a resolution may cite, by id, with their titles as docs/codebook.md heads them. */
export const ruleTitles: ReadonlyMap<string, string> = new Map([
  ...(codebook.rules ?? []).map((rule) => [rule.id, rule.title] as const),
  ['quotes', 'Quote or paraphrase'],
])

const labels = codebookLabels(codebook, termsOf(event))
const words: ValueWords = {
  actor: (id) => actors.find((actor) => actor.id === id)?.name ?? id,
  stance: (id) => labels.fill(codebook.stances.find((stance) => stance.id === id)?.label ?? id),
  channel: (id) => codebook.channels?.find((channel) => channel.id === id)?.label ?? id,
  dimension: (id) =>
    labels.fill(codebook.dimensions.find((dimension) => dimension.id === id)?.label ?? id),
}

/**
 * The dataset (coder A) against the second, blind coding (coder C, by codebook 3). Null, with the
 * reasons, when the second coding is missing or does not read.
 */
export function reliabilityOf(raw: unknown): {
  reliability: Reliability | null
  problems: string[]
} {
  const loaded = loadCoding(raw, sourceText)
  if (!loaded.coding) return { reliability: null, problems: loaded.problems }
  const first = codingOfStatements('A', codebook.version, statements, termsOf(event))
  return {
    reliability: measureReliability(first, loaded.coding, sourceText, {
      words,
      resolutions,
      ruleTitles,
    }),
    problems: [],
  }
}

/**
 * Coder C's coding, made blind from the article and docs/codebook.md alone, kept as delivered.
 * Coding B (codebook 2.0.0, `coding-b.json`) is the earlier round, kept as its record.
 */
export const secondCoding: unknown = codingC
