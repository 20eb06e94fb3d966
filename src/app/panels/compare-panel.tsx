import { ActorComparison } from '../../features/compare/components/actor-comparison'
import { useView } from '../view-context'

/**
 * The actors chosen for comparison, side by side; nothing until the data is in. A `readOnly` one
 * (in an embed) offers no way to change the choice.
 */
export function ComparePanel({ readOnly = false }: { readOnly?: boolean }) {
  const { data, labels } = useView()
  if (!data || !labels) return null
  return <ActorComparison stances={data.stances} readOnly={readOnly} />
}
