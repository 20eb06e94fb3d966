import type { Actor } from '../../src/lib/schemas/actor'
import type { Event } from '../../src/lib/schemas/event'
import type { Source, Span } from '../../src/lib/schemas/source'
import type { Statement } from '../../src/lib/schemas/statement'
import { isInsideQuotationMarks } from '../../src/lib/workspace/quotation'

export const reactingActorIds = [
  'united-states',
  'united-nations',
  'european-union',
  'france',
  'germany',
  'turkiye',
  'russia',
  'armenia',
]

const opening = '“'
const closing = '”'

function spanProblem(label: string, span: Span, text: string): string | undefined {
  const actual = text.slice(span.start, span.end)
  if (actual !== span.text) {
    return `${label} does not match the source at ${span.start}-${span.end}: coded ${JSON.stringify(span.text)}, source has ${JSON.stringify(actual)}`
  }
  return undefined
}

/** Every pair of quotation marks in the article, as the span of the words between them. */
export function quotationPairs(text: string): Span[] {
  const pairs: Span[] = []
  let open = text.indexOf(opening)
  while (open !== -1) {
    const close = text.indexOf(closing, open + 1)
    if (close === -1) break
    pairs.push({ start: open + 1, end: close, text: text.slice(open + 1, close) })
    open = text.indexOf(opening, close + 1)
  }
  return pairs
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Every way the coded data could misrepresent the article, as readable sentences. */
export function findDataProblems(data: {
  actors: readonly Actor[]
  statements: readonly Statement[]
  source: Source
  event: Event
  /** Quotation marks deliberately left uncoded, with the reason; each other pair must be attached. */
  uncodedQuotations?: readonly { text: string; reason: string }[]
}): string[] {
  const { actors, statements, source, event } = data
  const problems: string[] = []
  const actorIds = new Set(actors.map((actor) => actor.id))
  for (const statement of statements) {
    const label = `statement ${statement.id}`
    if (!actorIds.has(statement.actorId))
      problems.push(`${label}: unknown actor "${statement.actorId}"`)
    if (statement.sourceId !== source.id)
      problems.push(`${label}: unknown source "${statement.sourceId}"`)
    const { passages } = statement
    for (const passage of passages) {
      const passageProblem = spanProblem(`${label}: passage`, passage, source.text)
      if (passageProblem) problems.push(passageProblem)
    }
    const first = passages[0]
    if (
      !first ||
      first.start !== statement.passage.start ||
      first.end !== statement.passage.end ||
      first.text !== statement.passage.text
    ) {
      problems.push(`${label}: passage is not its first passage`)
    }
    for (const quote of statement.quotes) {
      const quoteProblem = spanProblem(
        `${label}: quote ${JSON.stringify(quote.text)}`,
        quote,
        source.text,
      )
      if (quoteProblem) problems.push(quoteProblem)
      else if (!isInsideQuotationMarks(quote, source.text)) {
        problems.push(
          `${label}: quote ${JSON.stringify(quote.text)} is not inside quotation marks in the source`,
        )
      }
      if (!passages.some((passage) => quote.start >= passage.start && quote.end <= passage.end)) {
        problems.push(`${label}: quote ${JSON.stringify(quote.text)} lies outside its passages`)
      }
    }
    if (statement.textKind === 'quote' && statement.quotes.length === 0) {
      problems.push(`${label}: marked as a quote but has no quoted words`)
    }
    if (statement.textKind === 'paraphrase' && statement.quotes.length > 0) {
      problems.push(`${label}: marked as a paraphrase but has quoted words`)
    }
    if (statement.date.asWritten && !source.text.includes(statement.date.asWritten)) {
      problems.push(`${label}: date "${statement.date.asWritten}" is not in the source`)
    }
    if (statement.speaker && !source.text.includes(statement.speaker)) {
      problems.push(`${label}: speaker "${statement.speaker}" is not named in the source`)
    }
    if (statement.office && !source.text.includes(statement.office)) {
      problems.push(`${label}: office "${statement.office}" is not as the source prints it`)
    }
    for (const addressee of statement.addressees) {
      if (addressee !== 'all-sides' && !actorIds.has(addressee)) {
        problems.push(`${label}: unknown addressee "${addressee}"`)
      }
    }
  }
  // A passage reports one act. Only a joint act ("A, B and C condemned …") gives several actors'
  // statements the very same passage; any other overlap codes the same words twice.
  statements.forEach((statement, index) => {
    for (const other of statements.slice(index + 1)) {
      for (const a of statement.passages) {
        for (const b of other.passages) {
          const joint =
            a.start === b.start && a.end === b.end && statement.actorId !== other.actorId
          if (overlaps(a, b) && !joint) {
            problems.push(
              `statements ${statement.id} and ${other.id} are coded on the same passage ${JSON.stringify(a.text.slice(0, 60))}`,
            )
          }
        }
      }
    }
  })
  if (data.uncodedQuotations) {
    const quotes = statements.flatMap((statement) => statement.quotes)
    for (const pair of quotationPairs(source.text)) {
      const attached = quotes.some((quote) => quote.start >= pair.start && quote.end <= pair.end)
      const listed = data.uncodedQuotations.find((item) => item.text === pair.text)
      if (!attached && !listed?.reason) {
        problems.push(
          `the quotation “${pair.text}” is attached to no statement and not listed as deliberately uncoded`,
        )
      }
      if (attached && listed) {
        problems.push(`the quotation “${pair.text}” is listed as uncoded but is attached`)
      }
    }
  }
  for (const id of reactingActorIds) {
    if (!statements.some((statement) => statement.actorId === id))
      problems.push(`${id} has no statement`)
  }
  for (const milestone of event.milestones) {
    // The article's milestones are dated by its words; only an analyst's own may lack them.
    if (!milestone.passage) {
      problems.push(`milestone ${milestone.id} points at no words of the article`)
      continue
    }
    const milestoneProblem = spanProblem(
      `milestone ${milestone.id}: passage`,
      milestone.passage,
      source.text,
    )
    if (milestoneProblem) problems.push(milestoneProblem)
    if (!source.text.includes(milestone.asWritten)) {
      problems.push(`milestone ${milestone.id}: "${milestone.asWritten}" is not in the source`)
    }
  }
  return problems
}
