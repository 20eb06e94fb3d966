import { ComparePanel as Comparison } from '../../features/compare/components/compare-panel'
import { useView } from '../view-context'

/** The actors chosen for comparison, side by side; nothing until the data is in. */
export function ComparePanel() {
  const { data, labels, view, setView } = useView()
  if (!data || !labels) return null
  return (
    <Comparison
      compare={view.compare}
      actors={data.actors}
      stances={data.stances}
      statements={data.statements}
      labels={labels}
      onChange={(compare) => setView({ ...view, compare })}
    />
  )
}
