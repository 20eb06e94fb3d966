import { memo, useId, useState, type SyntheticEvent } from 'react'
import { stanceSummaryLabel } from '../../../lib/codebook/stance-label'
import { formatDay, countOf, formatCount } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import { stanceIds } from '../../../lib/vocabulary'
import { YoursMark } from '../../../components/yours-mark'
import type { ActorStrip, StanceCell } from '../strips'

/** What a cell's colour stands for: a stance, mixed, or not placed. */
const stanceKey = (cell: StanceCell) =>
  cell.summary.stance ?? (cell.summary.status === 'mixed' ? 'mixed' : 'none')

// Each event's days in words, written once: every strip names the same events again.
const datesOfEvent = new WeakMap<StanceCell['event'], string>()
const dates = ({ event }: StanceCell) => {
  const known = datesOfEvent.get(event)
  if (known !== undefined) return known
  const words =
    event.start === event.end
      ? formatDay(event.start)
      : `${formatDay(event.start)} – ${formatDay(event.end)}`
  datesOfEvent.set(event, words)
  return words
}

/**
 * Each actor's stance across events: a strip of cells, one per event where it spoke, in date
 * order, coloured by the stance its statements there give; the same as a table on demand.
 * Drawn again only when its strips change: with hundreds of events a strip is thousands of
 * cells, and the page re-renders on every click of a filter before the answer is in.
 */
export const StanceOverTime = memo(function StanceOverTime({
  strips,
  eventCount,
  rule,
  labels,
  addable,
  onAdd,
  currentEvent,
}: {
  strips: readonly ActorStrip[]
  /** How many events the dataset has. */
  eventCount: number
  /** The derivation rule in words. */
  rule: string
  labels: CodebookLabels
  /** Actors in view that have no strip yet, to add by name. */
  addable: readonly Actor[]
  onAdd: (actorId: string) => void
  /** The event the dashboard shows, marked in each strip; `all` marks none. */
  currentEvent: string
}) {
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const label = (cell: StanceCell) =>
    `${cell.event.title}, ${dates(cell)}: ${stanceSummaryLabel(cell.summary, labels)} (${countOf(cell.statementCount, 'statement', 'statements')})`
  return (
    <figure className="stance-over-time" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        Stance across {countOf(eventCount, 'event', 'events')} for{' '}
        {countOf(strips.length, 'actor', 'actors')}: one cell per event where the actor spoke, in
        date order, coloured by the stance its statements in that event give by {rule}.
      </figcaption>
      <ul className="stance-legend" aria-label="Colours">
        {stanceIds.map((stance) => (
          <li key={stance}>
            <span className="stance-swatch" data-stance={stance} aria-hidden="true" />
            {labels.stance(stance)}
          </li>
        ))}
        <li>
          <span className="stance-swatch" data-stance="mixed" aria-hidden="true" />
          Mixed (dashed)
        </li>
        <li>
          <span className="stance-swatch" data-stance="none" aria-hidden="true" />
          No stance expressed, or not placed (outline)
        </li>
      </ul>
      <div className="stance-over-time-tools">
        <AddActor addable={addable} onAdd={onAdd} />
        <button
          type="button"
          className="link-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {asTable ? 'Show as strips' : 'Show as table'}
        </button>
      </div>
      {asTable ? (
        <div className="table-scroll stance-over-time-table">
          <table className="data-table">
            <caption className="visually-hidden">Stance by actor and event</caption>
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Event</th>
                <th scope="col">Dates</th>
                <th scope="col">Stance</th>
                <th scope="col" data-numeric="true">
                  Statements
                </th>
              </tr>
            </thead>
            <tbody>
              {strips.flatMap((strip) =>
                strip.cells.map((cell) => (
                  <tr key={`${strip.actor.id}-${cell.event.id}`}>
                    <th scope="row">
                      {strip.actor.name}
                      {cell.yours && (
                        <>
                          {' '}
                          <YoursMark />
                        </>
                      )}
                    </th>
                    <td>{cell.event.title}</td>
                    <td>{dates(cell)}</td>
                    <td>{stanceSummaryLabel(cell.summary, labels)}</td>
                    <td data-numeric="true">{formatCount(cell.statementCount)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ) : (
        <ul className="stance-strips">
          {strips.map((strip) => (
            <li key={strip.actor.id}>
              <span className="stance-strip-actor" id={`${id}-${strip.actor.id}`}>
                {strip.actor.shortName}
              </span>
              <ol
                className="stance-strip"
                aria-label={`${strip.actor.name}: stance in ${countOf(strip.cells.length, 'event', 'events')}`}
              >
                {strip.cells.map((cell) => {
                  const words = label(cell)
                  return (
                    <li
                      key={cell.event.id}
                      data-stance={stanceKey(cell)}
                      data-current={cell.event.id === currentEvent || undefined}
                      title={words}
                    >
                      <span className="visually-hidden">{words}</span>
                    </li>
                  )
                })}
                {strip.cells.length === 0 && (
                  <li className="stance-strip-empty">No statement in any event</li>
                )}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </figure>
  )
})

/** A field that finds an actor in view by name and adds its strip. */
function AddActor({
  addable,
  onAdd,
}: {
  addable: readonly Actor[]
  onAdd: (actorId: string) => void
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const typed = name.trim().toLowerCase()
    const found = addable.find(
      (actor) => actor.name.toLowerCase() === typed || actor.shortName.toLowerCase() === typed,
    )
    if (!found) {
      setProblem(typed ? 'No actor in view has that name.' : 'Type the name of an actor in view.')
      return
    }
    setProblem(null)
    setName('')
    onAdd(found.id)
  }
  return (
    <form className="stance-over-time-add" onSubmit={submit}>
      <label htmlFor={`${id}-actor`}>Add an actor</label>
      <input
        id={`${id}-actor`}
        type="search"
        list={`${id}-actors`}
        value={name}
        onChange={(event) => setName(event.target.value)}
        aria-describedby={problem ? `${id}-problem` : undefined}
        aria-invalid={problem ? true : undefined}
      />
      <datalist id={`${id}-actors`}>
        {addable.map((actor) => (
          <option key={actor.id} value={actor.name} />
        ))}
      </datalist>
      <button type="submit">Add</button>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
