import type { CodebookLabels } from '../../../lib/labels'
import type { Measure } from '../text-measure'
import { mapClassLabel } from './describe-map'
import { mapClasses, type MapEntry } from './map-classes'
import { spreadLabels } from './map-labels'
import type { MapInsetBox } from './map-layout'
import { MapPath, fill, isPickable, rowHeight } from './map-path'

/** Where the inset's heading ends: no country's name is written above it. */
const insetHeadingBottom = 30

type InsetProps = {
  inset: MapInsetBox
  byCode: ReadonlyMap<string, MapEntry>
  active: MapEntry | null
  /** Measures the names, so that each is placed by its own width. */
  measure: Measure
}

/**
 * The event's region zoomed: drawn for the eye only, as its countries are the world map's options
 * already; a pointer on a shape still hovers and picks its actor.
 */
export function MapInset({ inset, byCode, active, measure }: InsetProps) {
  return (
    <g aria-hidden="true" transform={`translate(${inset.x},${inset.y})`}>
      <rect className="map-inset-frame" width={inset.width} height={inset.height} />
      {inset.paths.map((path) => {
        const entry = path.code ? byCode.get(path.code) : undefined
        const pickable = isPickable(entry)
        return (
          <MapPath
            key={path.key}
            d={path.d}
            className={
              path.code
                ? `map-country${pickable ? ' map-pickable' : ''}${pickable && entry === active ? ' map-active' : ''}`
                : 'map-territory'
            }
            fill={path.code ? fill(entry?.mapClass ?? 'no-statement') : undefined}
            actorId={pickable ? entry.actor.id : undefined}
          />
        )
      })}
      {spreadLabels(
        inset.labels.flatMap((label) => {
          const entry = byCode.get(label.code)
          // A name at the inset's top edge would run into its heading: the shape is enough.
          return isPickable(entry) && label.y > insetHeadingBottom
            ? [{ ...label, text: entry.actor.shortName }]
            : []
        }),
        inset.width,
        measure,
      ).map((label) => (
        <text
          key={label.code}
          className="map-label"
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
        >
          {label.text}
        </text>
      ))}
      <text className="map-heading" x={8} y={18}>
        {inset.label}
      </text>
    </g>
  )
}

/** The key: every class the map colours, in the scale's order. */
export function MapKey({ x, y, labels }: { x: number; y: number; labels: CodebookLabels }) {
  return (
    <g aria-hidden="true" transform={`translate(${x},${y})`}>
      <text className="map-heading" x={0} y={14}>
        Key
      </text>
      {mapClasses.map((mapClass, index) => (
        <g key={mapClass} transform={`translate(0,${(index + 1) * rowHeight})`}>
          <rect width={14} height={14} y={2} rx={2} style={{ fill: fill(mapClass) }} />
          <text x={20} y={13}>
            {mapClassLabel(mapClass, labels)}
          </text>
        </g>
      ))}
    </g>
  )
}
