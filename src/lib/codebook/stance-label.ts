import { formatCount } from '../format'
import type { CodebookLabels } from '../labels'
import { stanceIds, type StanceId } from '../vocabulary'
import type { StanceSummary } from '../schemas/stance-summary'
import { inSentence } from './code-words'

/** An actor's derived stance in words: one stance, a mixed range ("A – B"), or why there is none. */
export function stanceSummaryLabel(
  summary: Pick<StanceSummary, 'stance' | 'range' | 'status'>,
  labels: CodebookLabels,
): string {
  if (summary.stance) return labels.stance(summary.stance)
  if (summary.range) {
    return `Mixed: ${labels.stance(summary.range.from)} – ${labels.stance(summary.range.to)}`
  }
  return summary.status === 'party' ? 'Not placed on the scale' : 'No stance expressed'
}

/** "based on 1 statement", where a derived stance rests on a single statement; null otherwise. */
export function basedOnNote(summary: Pick<StanceSummary, 'basedOn'>): string | null {
  return summary.basedOn === 1 ? 'based on 1 statement' : null
}

/** The stances a summary covers: its stance, or every stance of its mixed range. */
export function summaryStances(summary: StanceSummary): StanceId[] {
  if (summary.stance) return [summary.stance]
  if (!summary.range) return []
  const { from, to } = summary.range
  return stanceIds.slice(stanceIds.indexOf(from), stanceIds.indexOf(to) + 1)
}

const isStanceId = (id: string): id is StanceId => stanceIds.some((stance) => stance === id)

/**
 * The rule's explanation with each stance it counts named in the event's words: the rule writes
 * "2 × supports", with no codebook at hand; a reader is shown "2 coded supports the operation".
 */
export function explanationInWords(explanation: string, labels: CodebookLabels): string {
  return (
    explanation
      .replace(/(\d+) × ([a-z-]+)/g, (whole, count: string, id: string) =>
        isStanceId(id)
          ? `${formatCount(Number(count))} coded ${inSentence(labels.stance(id))}`
          : whole,
      )
      // The rule writes its counts bare; the page writes every count one way ("1,234 statements").
      .replace(/\b\d{4,}(?= (?:explicit |other )?(?:statements?|stances?)\b)/g, (count) =>
        formatCount(Number(count)),
      )
      .replace(/(?<![\p{L}-])[a-z]+(?:-[a-z]+)+(?![\p{L}-])/gu, (id) =>
        isStanceId(id) ? inSentence(labels.stance(id)) : id,
      )
  )
}
