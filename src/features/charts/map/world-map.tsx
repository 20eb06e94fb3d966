import { useCallback, useState } from 'react'
import { MapChart, type MapChartProps } from './map-chart'
import { useWorld } from './use-world'

type Props = Omit<MapChartProps, 'countries' | 'width'> & {
  /** A fixed width (a download); otherwise the map follows its container's width. */
  width?: number
}

/** The map at the width of its container, once the boundary data has loaded. */
export function WorldMap({ width: fixed, ...props }: Props) {
  const world = useWorld()
  const [measured, setWidth] = useState(0)
  const width = fixed ?? measured
  // The drawing is laid out in pixels, so it follows its container's width.
  const measure = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || fixed !== undefined) return
      const observer = new ResizeObserver(([entry]) => {
        if (entry) setWidth(Math.floor(entry.contentRect.width))
      })
      observer.observe(element)
      return () => observer.disconnect()
    },
    [fixed],
  )
  return (
    <div ref={measure} className="map-frame">
      {world.status === 'loading' && <p role="status">Loading the map…</p>}
      {world.status === 'error' && <p role="alert">{world.message}</p>}
      {world.status === 'ready' && width > 0 && (
        <MapChart {...props} countries={world.countries} width={width} />
      )}
    </div>
  )
}
