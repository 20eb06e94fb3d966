import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'
import type { SvgMode } from './marks'

/** A recharts chart as wide as its card on the page; in a download, as drawn at the file's width. */
export function ChartBody(props: { svg?: SvgMode; height: number; children: ReactElement }) {
  const { svg, height, children } = props
  if (svg) return children
  return (
    <div className="chart-body" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  )
}
