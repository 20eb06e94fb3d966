import type { TimelinePoint } from '../shape'
import { colors, Diamond } from './marks'
import { PickableMark } from './pickable'

/** How far apart, in pixels, marks that share one spot are set. */
const stackGap = 18

/**
 * A dot for a statement dated to its day; a hollow diamond for one the article does not date. One
 * that filters is reachable by Tab and used with Enter or Space, as a click uses it.
 */
export function StatementMark(props: {
  cx?: number
  cy?: number
  payload?: TimelinePoint
  name?: string
  onPick?: () => void
}) {
  const { cy = 0, payload, name, onPick } = props
  return (
    <PickableMark name={name} onPick={onPick}>
      <Shape cx={props.cx} cy={cy} payload={payload} />
    </PickableMark>
  )
}

function Shape(props: { cx?: number; cy: number; payload?: TimelinePoint }) {
  const { cy, payload } = props
  const stack = payload?.stack ?? { index: 0, count: 1 }
  // Statements at one spot sit side by side, so none hides another.
  const cx = (props.cx ?? 0) + (stack.index - (stack.count - 1) / 2) * stackGap
  const color = colors.stance(payload?.stance ?? null)
  if (payload?.precise)
    return (
      <circle
        cx={cx}
        cy={cy}
        r={7}
        style={{ fill: color, stroke: colors.surface, strokeWidth: 1.5 }}
      />
    )
  return <Diamond cx={cx} cy={cy} r={8} color={color} width={2.5} />
}
