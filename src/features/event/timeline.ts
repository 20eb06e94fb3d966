import type { Event, Milestone } from '../../lib/schemas/event'
import type { Statement } from '../../lib/schemas/statement'

export type TimelineDay = { day: string; milestones: Milestone[]; statements: Statement[] }
export type Timeline = { days: TimelineDay[]; undated: Statement[] }

/**
 * The event's days, each with its milestones and the statements dated to it; statements the
 * article does not pin to one day are kept apart rather than placed on a guessed day.
 */
export function buildTimeline(event: Event, statements: readonly Statement[]): Timeline {
  const days: TimelineDay[] = []
  for (let day = event.start; day <= event.end; day = nextDay(day)) {
    days.push({
      day,
      milestones: event.milestones.filter((milestone) => milestone.date === day),
      statements: statements.filter(
        (statement) => statement.date.earliest === day && statement.date.latest === day,
      ),
    })
  }
  const undated = statements.filter(
    (statement) => statement.date.earliest !== statement.date.latest,
  )
  return { days, undated }
}

function nextDay(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
