import { memo } from 'react'
import type { MapClass, MapEntry } from './map-classes'

export const fill = (mapClass: MapClass) =>
  mapClass === 'not-placed' || mapClass === 'no-statement'
    ? `var(--map-${mapClass})`
    : `var(--stance-${mapClass})`
/** The height of a row of the key and of the list beside the map. */
export const rowHeight = 22

/** Only an actor with a statement is an option to walk to and pick. */
export const isPickable = (entry: MapEntry | undefined): entry is MapEntry =>
  entry !== undefined && entry.mapClass !== 'no-statement'

type PathProps = {
  d: string
  className: string
  fill?: string
  /** The actor a pointer on this shape hovers or picks (see `pointer` below). */
  actorId?: string
  /** As an option of the map's listbox: its id, whether it is selected, and its name. */
  optionId?: string
  selected?: boolean
  label?: string
}

/**
 * One shape of the map. Its props are plain values and its outline the projection's own string, so
 * on a filter change React redraws only the shapes whose colour, state or words changed: the map
 * is recoloured, never projected again.
 */
export const MapPath = memo(function MapPath(props: PathProps) {
  const { d, className, fill, actorId, optionId, selected, label } = props
  return (
    <path
      d={d}
      className={className}
      style={fill ? { fill } : undefined}
      data-actor={actorId}
      id={optionId}
      role={optionId ? 'option' : undefined}
      aria-selected={optionId ? selected : undefined}
      aria-label={label}
    />
  )
})
