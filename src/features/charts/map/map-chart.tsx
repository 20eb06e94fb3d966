import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { CodebookLabels } from '../../../lib/labels'
import type { MapCountry } from './borders'
import { bordersNote } from '../../../lib/map-borders'
import { entryClassLabel, entrySummary, isBeside } from './describe-map'
import { mapClasses, type MapEntry } from './map-classes'
import { MapInset, MapKey } from './map-inset'
import { noteLineHeight, placeMap, projectMap, type MapRegion } from './map-layout'
import { MapPath, fill, isPickable, rowHeight } from './map-path'
import { createMeasure } from '../text-measure'

export type MapChartProps = {
  countries: readonly MapCountry[]
  entries: readonly MapEntry[]
  labels: CodebookLabels
  width: number
  /** The region drawn larger below the world: the event's, or null where it has none. */
  region: MapRegion | null
  /** Filters the dashboard by the actor; absent where the chart filters nothing (an embed). */
  onPick?: (actorId: string) => void
}

/** How many actors off the map the list beside it names; the table lists them all. */
const besideShown = 12

/**
 * The world coloured by stance, the event's region (where it has one) zoomed below it, and beside
 * the region a key and the actors that are not countries. One SVG, the same on screen and in a download; the actors
 * with statements are options of one listbox, so the map is one tab stop walked with the arrows.
 */
export function MapChart({ countries, entries, labels, width, region, onPick }: MapChartProps) {
  const id = useId()
  const drawnCodes = useMemo(
    () => new Set(countries.flatMap((country) => (country.code ? [country.code] : []))),
    [countries],
  )
  const outside = entries.filter((entry) => isBeside(entry, drawnCodes))
  // At scale (every organisation, every small state) the list names those with most statements.
  const beside =
    outside.length > besideShown
      ? [...outside].sort((a, b) => b.statements - a.statements).slice(0, besideShown)
      : outside
  const besideMore = outside.length - beside.length
  // The key's heading and rows, then the list's heading, rows and a blank row above the key.
  // Each actor beside the map takes two rows (its name, then its class), so long classes fit.
  const listRows = beside.length > 0 ? beside.length * 2 + 2 + (besideMore > 0 ? 1 : 0) : 0
  const sideRows = mapClasses.length + 1 + listRows
  // The projection is the costly part and does not depend on the filters.
  const projection = useMemo(() => projectMap(countries, width, region), [countries, width, region])
  const placement = placeMap(projection, sideRows, bordersNote)
  // The names' widths as the browser sets them, on screen and in the download alike.
  const measure = useMemo(() => createMeasure(), [])
  const layout = { ...projection, ...placement }
  const byCode = new Map(
    entries.flatMap((entry) =>
      entry.code && !isBeside(entry, drawnCodes) ? [[entry.code, entry] as const] : [],
    ),
  )
  // The walk: countries with statements from west to east, then the list beside the map.
  const walk = [
    ...layout.westToEast.flatMap((code) => {
      const entry = byCode.get(code)
      return entry && entry.mapClass !== 'no-statement' ? [entry] : []
    }),
    ...beside,
  ]
  const [activeIndex, setActiveIndex] = useState<number | null>(null)
  const [hovered, setHovered] = useState<MapEntry | null>(null)
  const active = activeIndex === null ? null : (walk[activeIndex] ?? null)
  const shown = hovered ?? active
  const optionId = (entry: MapEntry) => `${id}-${entry.actor.id}`

  const pick = (entry: MapEntry) => {
    setActiveIndex(walk.indexOf(entry))
    onPick?.(entry.actor.id)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const last = walk.length - 1
    const current = activeIndex ?? -1
    const next: Record<string, number> = {
      ArrowRight: Math.min(current + 1, last),
      ArrowDown: Math.min(current + 1, last),
      ArrowLeft: Math.max(current - 1, 0),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    }
    const target = next[event.key]
    if (target !== undefined && last >= 0) {
      event.preventDefault()
      setActiveIndex(target)
    } else if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault()
      onPick?.(active.actor.id)
    }
  }
  // One set of pointer handlers for the whole drawing, finding the actor from the shape under the
  // pointer: handlers per shape would be new on every render and redraw every shape.
  const byActor = new Map(walk.map((entry) => [entry.actor.id, entry]))
  const entryAt = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest('[data-actor]') : null
    return byActor.get(target?.getAttribute('data-actor') ?? '')
  }
  const pointer = {
    onMouseOver: (event: MouseEvent) => setHovered(entryAt(event) ?? null),
    onMouseOut: () => setHovered(null),
    onClick: (event: MouseEvent) => {
      const entry = entryAt(event)
      if (entry) pick(entry)
    },
  }
  // A country is named in full; a list item by the words it shows, so speech matches the screen.
  const optionName = (entry: MapEntry, shown: 'full' | 'short' = 'full') =>
    `${shown === 'full' ? entry.actor.name : entry.actor.shortName}: ${entrySummary(entry, labels)}${onPick ? '. Press Enter to show only this actor' : ''}`

  return (
    <div className="map-chart">
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="map-svg"
        {...pointer}
      >
        <g aria-hidden="true">
          {layout.world.paths.map((path) => {
            const entry = path.code ? byCode.get(path.code) : undefined
            if (isPickable(entry)) return null
            return (
              <MapPath
                key={path.key}
                d={path.d}
                className={path.code ? 'map-country' : 'map-territory'}
                fill={path.code ? fill('no-statement') : undefined}
              />
            )
          })}
          {layout.world.region && <polygon className="map-region" points={layout.world.region} />}
        </g>
        <g
          role="listbox"
          tabIndex={0}
          className="map-options"
          aria-label="Countries and organisations with statements"
          aria-activedescendant={active ? optionId(active) : undefined}
          onKeyDown={onKeyDown}
          onFocus={() => setActiveIndex((index) => index ?? (walk.length > 0 ? 0 : null))}
        >
          {layout.world.paths.map((path) => {
            const entry = path.code ? byCode.get(path.code) : undefined
            if (!isPickable(entry)) return null
            return (
              <MapPath
                key={path.key}
                optionId={optionId(entry)}
                selected={entry === active}
                label={optionName(entry)}
                actorId={entry.actor.id}
                d={path.d}
                className={`map-country map-pickable${entry === active ? ' map-active' : ''}`}
                fill={fill(entry.mapClass)}
              />
            )
          })}
          <g transform={`translate(${layout.side.x},${layout.side.y})`}>
            {beside.length > 0 && (
              <text className="map-heading" x={0} y={14} aria-hidden="true">
                Not on the map
              </text>
            )}
            {besideMore > 0 && (
              <text
                className="map-list-class"
                x={0}
                y={(beside.length * 2 + 1) * rowHeight + 13}
                aria-hidden="true"
              >
                {`and ${besideMore} more: see the table`}
              </text>
            )}
            {beside.map((entry, index) => (
              <g
                key={entry.actor.id}
                id={optionId(entry)}
                role="option"
                aria-selected={entry === active}
                aria-label={optionName(entry, 'short')}
                className={`map-list-item map-pickable${entry === active ? ' map-active' : ''}`}
                transform={`translate(0,${(index * 2 + 1) * rowHeight})`}
                data-actor={entry.actor.id}
              >
                <rect width={14} height={14} y={2} rx={2} style={{ fill: fill(entry.mapClass) }} />
                <text x={20} y={13}>
                  {`${entry.actor.shortName}:`}
                  <tspan x={20} dy={rowHeight} className="map-list-class">
                    {` ${entryClassLabel(entry, labels)}`}
                  </tspan>
                </text>
              </g>
            ))}
          </g>
        </g>
        {layout.inset && (
          <MapInset inset={layout.inset} byCode={byCode} active={active} measure={measure} />
        )}
        <MapKey x={layout.side.x} y={layout.side.y + listRows * rowHeight} labels={labels} />
        <text className="map-note" y={layout.note.y}>
          {layout.note.lines.map((line, index) => (
            <tspan key={index} x={0} dy={index === 0 ? 0 : noteLineHeight}>
              {index < layout.note.lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      </svg>
      <p className="map-caption" aria-hidden="true">
        {shown ? `${shown.actor.name}: ${entrySummary(shown, labels)}` : '\u00a0'}
      </p>
    </div>
  )
}
