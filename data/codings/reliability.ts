import { codingOfStatements, loadCoding } from '../../src/lib/codebook/coding'
import { measureReliability, type Reliability } from '../../src/lib/codebook/reliability'
import { codebook } from '../codebook'
import { sourceText } from '../source-text'
import { statements } from '../statements'
import codingB from './coding-b.json' with { type: 'json' }
import { resolutions } from './resolutions'

/**
 * The dataset (coder A) against the second, blind coding (coder B). Null, with the reasons, when the
 * second coding is missing or does not read.
 */
export function reliabilityOf(raw: unknown): {
  reliability: Reliability | null
  problems: string[]
} {
  const loaded = loadCoding(raw, sourceText)
  if (!loaded.coding) return { reliability: null, problems: loaded.problems }
  const first = codingOfStatements('A', codebook.version, statements)
  return {
    reliability: measureReliability(
      {
        coder: first.coder,
        placed: statements.flatMap((statement, index) => {
          const coded = first.statements[index]
          return coded ? [{ statement: coded, spans: statement.passages }] : []
        }),
      },
      {
        coder: loaded.coding.coder,
        placed: loaded.coding.statements.map((statement) => {
          const start = sourceText.indexOf(statement.passage)
          return { statement, spans: [{ start, end: start + statement.passage.length }] }
        }),
      },
      codebook.version,
      resolutions,
    ),
    problems: [],
  }
}

export const secondCoding: unknown = codingB
