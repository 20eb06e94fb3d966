import { memo } from 'react'
import { actorNames } from '../../../lib/actor-names'
import { formatDay, formatShortDay, formatCount } from '../../../lib/format'
import type { Actor } from '../../../lib/schemas/actor'
import type { DatasetMeta, Event } from '../../../lib/schemas/event'
import type { SourceSummary } from '../../../lib/schemas/source'
import type { Statement } from '../../../lib/schemas/statement'
import { useSharedView } from '../../../lib/view/shared-view'
import type { EventOption } from '../event-options'
import { buildTimeline } from '../timeline'
import { describeOption, EventPicker } from './event-picker'

type Props = {
  /** The picker's choices: "All events", then each event. */
  options: readonly EventOption[]
  sources: readonly SourceSummary[]
  meta: DatasetMeta
}

/** The event in view (or every event), with the picker that chooses it and the data behind it. */
export function EventHeader({ options, ...data }: Props) {
  const { event: value, setEvent, events, statements, actors } = useSharedView()
  const event = events.find((item) => item.id === value) ?? null
  return (
    <section className="event-header" aria-labelledby="event-title">
      <EventPicker options={options} value={value} onChange={setEvent} />
      {event ? (
        <OneEvent event={event} statements={statements} actors={actors} />
      ) : (
        <AllEvents
          all={options.find((option) => option.value === value)}
          count={options.length - 1}
        />
      )}
      <p className="event-source">
        {event &&
          data.sources
            .filter((source) => event.sourceIds.includes(source.id))
            .map((source) => (
              <span key={source.id}>
                {source.yours ? 'Your source' : 'Source'}: “{source.title}”
                {source.outlet && `, ${source.outlet}`}
                {source.via ? ` via ${source.via}` : ''}, {formatDay(source.published)}.{' '}
              </span>
            ))}
        {!event && <span>{formatCount(data.sources.length)} sources. </span>}
        <span>
          Data as of {formatDay(data.meta.updatedAt)} · dataset {data.meta.version} · codebook{' '}
          {data.meta.codebookVersion}
        </span>
      </p>
    </section>
  )
}

function AllEvents({ all, count }: { all: EventOption | undefined; count: number }) {
  return (
    <>
      <h2 id="event-title">All events</h2>
      <p className="lede">
        {formatCount(count)} {count === 1 ? 'event' : 'events'}
        {all ? ` · ${describeOption(all)}` : ''}.
      </p>
    </>
  )
}

// Drawn again only for another event or dataset: it reads every statement to find the event's.
const OneEvent = memo(function OneEvent({
  event,
  statements,
  actors,
}: {
  event: Event
  statements: readonly Statement[]
  actors: readonly Actor[]
}) {
  const actorName = actorNames(actors, 'shortName')
  const own = statements.filter((statement) => event.sourceIds.includes(statement.sourceId))
  const timeline = buildTimeline(event, own)
  const names = (list: readonly Statement[]) =>
    [...new Set(list.map((statement) => actorName(statement.actorId)))].join(', ')
  return (
    <>
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
    </>
  )
})
