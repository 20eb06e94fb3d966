import { memo, useMemo, useRef, type CSSProperties } from 'react'
import { useGridKeys } from '../../../components/grid-keys'
import { countOf } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { cellWords, stanceKey } from '../cell-words'
import { cellsByColumn, stripAxis } from '../strip-axis'
import type { ActorStrip } from '../strips'
import { StripTip, type TipHandle } from './strip-tip'

/**
 * The strips as one grid: a row per actor, a column per event on a shared time axis. One Tab stop;
 * the arrow keys step between events (left, right) and actors (up, down), Home and End to a row's
 * ends. Pointing at a cell or focusing it shows its event, days and stance beside it. Drawn again
 * only when its strips or the keyboard's place change: with hundreds of events it is thousands of
 * cells, and the page re-renders on every click of a filter before the answer is in.
 */
export const StanceGrid = memo(function StanceGrid({
  strips,
  labels,
  currentEvent,
}: {
  strips: readonly ActorStrip[]
  labels: CodebookLabels
  /** The event the dashboard shows, marked in each strip; `all` marks none. */
  currentEvent: string
}) {
  const axis = useMemo(() => stripAxis(strips), [strips])
  const rows = useMemo(() => cellsByColumn(strips, axis), [strips, axis])
  const { grid, cell: keys } = useGridKeys(strips.length, axis.events.length)
  const tip = useRef<TipHandle>(null)
  // The words of each cell, written once per strips, not on every step of the keyboard.
  const words = useMemo(
    () =>
      rows.map((row, at) =>
        row.map((cell, column) => {
          const event = axis.events[column]
          const actor = strips[at]?.actor.name ?? ''
          return event ? cellWords(actor, event, cell, labels) : ''
        }),
      ),
    [rows, axis, strips, labels],
  )
  const pointAt = (target: EventTarget | null) =>
    tip.current?.show(
      target instanceof Element ? target.closest<HTMLElement>('[role="gridcell"]') : null,
    )
  // Where the pointer leaves, the focused cell (if any) keeps its tip.
  const back = () =>
    pointAt(grid.current?.contains(document.activeElement) ? document.activeElement : null)
  const columns = axis.events.length
  const layout = {
    '--events': columns,
    gridTemplateColumns: `var(--strip-name) repeat(${columns}, minmax(var(--cell-min), var(--cell-max)))`,
  } as CSSProperties
  return (
    <div className="stance-grid-frame">
      <div className="stance-grid-scroll">
        <div
          ref={grid}
          role="grid"
          className="stance-grid"
          style={layout}
          aria-label={`Stance of ${countOf(strips.length, 'actor', 'actors')} in ${countOf(columns, 'event', 'events')}, in date order`}
          aria-rowcount={strips.length}
          aria-colcount={columns + 1}
          onPointerOver={(event) => pointAt(event.target)}
          onPointerLeave={back}
          onFocus={(event) => pointAt(event.target)}
          onBlur={() => tip.current?.show(null)}
        >
          <div className="stance-axis" aria-hidden="true">
            {axis.ticks.map((tick) => (
              <span key={tick.column} data-kind={tick.kind} style={{ gridColumn: tick.column + 2 }}>
                {tick.labelled ? tick.label : ''}
              </span>
            ))}
          </div>
          {strips.map((strip, row) => (
            <div role="row" key={strip.actor.id} className="stance-grid-row">
              <div role="rowheader" className="stance-grid-actor" title={strip.actor.name}>
                {strip.actor.shortName}
              </div>
              {rows[row]?.map((cell, column) => {
                const event = axis.events[column]
                return (
                  <div
                    role="gridcell"
                    key={event?.id ?? column}
                    {...keys(row, column)}
                    aria-label={words[row]?.[column]}
                    data-stance={cell ? stanceKey(cell) : undefined}
                    data-current={event?.id === currentEvent || undefined}
                  />
                )
              })}
            </div>
          ))}
        </div>
      </div>
      <StripTip ref={tip} />
    </div>
  )
})
