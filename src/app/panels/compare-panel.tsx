import { ComparePanel as Comparison } from '../../features/compare/components/compare-panel'
import { useView } from '../view-context'

/**
 * The actors chosen for comparison, side by side; nothing until the data is in. A `readOnly` one
 * (in an embed) offers no way to change the choice.
 */
export function ComparePanel({ readOnly = false }: { readOnly?: boolean }) {
  const { data, labels, view, setView } = useView()
  if (!data || !labels) return null
  return (
    <Comparison
      compare={view.compare}
      actors={data.actors}
      stances={data.stances}
      statements={data.statements}
      labels={labels}
      onChange={readOnly ? null : (compare) => setView({ ...view, compare })}
    />
  )
}
