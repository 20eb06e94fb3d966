import { useCallback, useState } from 'react'
import { MapChart, type MapChartProps } from './map-chart'
import { useWorld } from './use-world'

type Props = Omit<MapChartProps, 'countries' | 'width'>

/** The map at the width of its container, once the boundary data has loaded. */
export function WorldMap(props: Props) {
  const world = useWorld()
  const [width, setWidth] = useState(0)
  // The drawing is laid out in pixels, so it follows its container's width.
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
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
