import { actorNames } from '../../../lib/actor-names'
import { formatDay, formatShortDay } from '../../../lib/format'
import type { Actor } from '../../../lib/schemas/actor'
import type { DatasetMeta, Event } from '../../../lib/schemas/event'
import type { SourceSummary } from '../../../lib/schemas/source'
import type { Statement } from '../../../lib/schemas/statement'
import { buildTimeline } from '../timeline'

type Props = {
  event: Event
  statements: readonly Statement[]
  actors: readonly Actor[]
  sources: readonly SourceSummary[]
  meta: DatasetMeta
}

export function EventHeader({ event, statements, actors, sources, meta }: Props) {
  const actorName = actorNames(actors, 'shortName')
  const timeline = buildTimeline(event, statements)
  const names = (list: readonly Statement[]) =>
    [...new Set(list.map((statement) => actorName(statement.actorId)))].join(', ')
  return (
    <section className="event-header" aria-labelledby="event-title">
      <p className="eyebrow">
        {formatDay(event.start)} – {formatDay(event.end)}
      </p>
      <h2 id="event-title">{event.title}</h2>
      <p className="lede">{event.summary}</p>
      <ol className="timeline" aria-label="Timeline">
        {timeline.days.map((day) => (
          <li key={day.day}>
            <p className="timeline-day">{formatShortDay(day.day)}</p>
            <ul>
              {day.milestones.map((milestone) => (
                <li key={milestone.id} className="timeline-milestone">
                  {milestone.time && (
                    <span className="timeline-time">{milestone.time} local · </span>
                  )}
                  {milestone.label}
                </li>
              ))}
              {day.statements.length > 0 && (
                <li className="timeline-statements">Statements: {names(day.statements)}</li>
              )}
            </ul>
          </li>
        ))}
        {timeline.undated.length > 0 && (
          <li className="timeline-undated">
            <p className="timeline-day">No day given</p>
            <ul>
              <li className="timeline-statements">Statements: {names(timeline.undated)}</li>
            </ul>
          </li>
        )}
      </ol>
      <p className="event-source">
        {sources.map((source) => (
          <span key={source.id}>
            Source: “{source.title}”, {source.outlet}
            {source.via ? ` via ${source.via}` : ''}, {formatDay(source.published)}.{' '}
          </span>
        ))}
        <span>
          Data as of {formatDay(meta.updatedAt)} · dataset {meta.version} · codebook{' '}
          {meta.codebookVersion}
        </span>
      </p>
    </section>
  )
}
