import { memo, useMemo, useRef, type CSSProperties } from 'react'
import { useGridKeys, type GridCellKeys } from '../../../components/grid-keys'
import { countOf } from '../../../lib/format'
import type { CodebookLabels } from '../../../lib/labels'
import { cellWords, stanceKey } from '../cell-words'
import { cellsByColumn, stripAxis } from '../strip-axis'
import type { ActorStrip, StanceCell } from '../strips'
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
  const { grid, cell: keys, current } = useGridKeys(strips.length, axis.events.length)
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
        {/* The axis is a grid of its own with the same columns, so that the rows below are
            placed in order and the ticks never take a row's first cells. */}
        <div className="stance-axis" style={layout} aria-hidden="true">
          {axis.ticks.map((tick) => (
            <span key={tick.column} data-kind={tick.kind} style={{ gridColumn: tick.column + 2 }}>
              {tick.labelled ? tick.label : ''}
            </span>
          ))}
        </div>
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
          {strips.map((strip, row) => (
            <StripRow
              key={strip.actor.id}
              row={row}
              strip={strip}
              cells={rows[row] ?? []}
              words={words[row] ?? []}
              events={axis.events}
              currentEvent={currentEvent}
              activeColumn={current.row === row ? current.column : -1}
              keys={keys}
            />
          ))}
        </div>
      </div>
      <StripTip ref={tip} />
    </div>
  )
})

type RowProps = {
  row: number
  strip: ActorStrip
  cells: readonly (StanceCell | null)[]
  words: readonly string[]
  events: readonly StanceCell['event'][]
  currentEvent: string
  /** The column holding the tab stop in this row, or -1. */
  activeColumn: number
  keys: (row: number, column: number) => GridCellKeys
}

/**
 * One actor's row, drawn again only when its cells or its part of the tab stop change: a step of
 * the keyboard draws two rows, not thousands of cells. A row not drawn again keeps its earlier
 * handlers, which differ only in what they would compute afresh: its place, and the sizes.
 */
const StripRow = memo(
  function StripRow({ row, strip, cells, words, events, currentEvent, keys }: RowProps) {
    return (
      <div role="row" className="stance-grid-row">
        <div role="rowheader" className="stance-grid-actor" title={strip.actor.name}>
          {strip.actor.shortName}
        </div>
        {cells.map((cell, column) => {
          const event = events[column]
          return (
            <div
              role="gridcell"
              key={event?.id ?? column}
              {...keys(row, column)}
              aria-label={words[column]}
              data-stance={cell ? stanceKey(cell) : undefined}
              data-current={event?.id === currentEvent || undefined}
            />
          )
        })}
      </div>
    )
  },
  (before, after) =>
    before.activeColumn === after.activeColumn &&
    before.row === after.row &&
    before.strip === after.strip &&
    before.cells === after.cells &&
    before.words === after.words &&
    before.events === after.events &&
    before.currentEvent === after.currentEvent,
)
