import { stanceSummaryLabel } from '../../lib/codebook/stance-label'
import { countOf, formatDay } from '../../lib/format'
import type { CodebookLabels } from '../../lib/labels'
import type { StanceCell, StripEvent } from './strips'

/** What a cell's colour stands for: a stance, mixed, or not placed. */
export const stanceKey = (cell: Pick<StanceCell, 'summary'>) =>
  cell.summary.stance ?? (cell.summary.status === 'mixed' ? 'mixed' : 'none')

type Dated = Pick<StripEvent, 'start'> & { end: string }

// Each event's days in words, written once: every strip names the same events again.
const datesOfEvent = new WeakMap<Dated, string>()
/** An event's days in words: one day, or the first and the last. */
export function eventDates(event: Dated): string {
  const known = datesOfEvent.get(event)
  if (known !== undefined) return known
  const words =
    event.start === event.end
      ? formatDay(event.start)
      : `${formatDay(event.start)} – ${formatDay(event.end)}`
  datesOfEvent.set(event, words)
  return words
}

/** A cell in words: the actor, the event and its days, the stance and what it rests on. */
export function cellWords(
  actorName: string,
  event: Dated & { title: string },
  cell: Pick<StanceCell, 'summary' | 'statementCount'> | null,
  labels: CodebookLabels,
): string {
  const where = `${actorName}, ${event.title}, ${eventDates(event)}`
  if (!cell) return `${where}: no statement`
  return `${where}: ${stanceSummaryLabel(cell.summary, labels)} (${countOf(cell.statementCount, 'statement', 'statements')})`
}
