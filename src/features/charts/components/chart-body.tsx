import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'
import { useRovingFocus } from '../../../lib/use-roving-focus'
import type { SvgMode } from './marks'

/**
 * A recharts chart as wide as its card on the page; in a download, as drawn at the file's width.
 * On the page its marks that filter are one tab stop, the arrow keys moving between them.
 */
export function ChartBody(props: { svg?: SvgMode; height: number; children: ReactElement }) {
  const { svg, height, children } = props
  const roving = useRovingFocus()
  if (svg) return children
  return (
    <div className="chart-body" style={{ height }} {...roving}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  )
}
