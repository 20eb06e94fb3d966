import type { UseQueryResult } from '@tanstack/react-query'
import { PanelError } from '../../components/panel-state'

/**
 * The one place that says the derived stances failed, with the one retry: the cards, filters and
 * charts show what they can without them and point here rather than repeating the error.
 */
export function StancesUnavailable({ stances }: { stances: UseQueryResult }) {
  return (
    <div className="stances-unavailable">
      <PanelError
        title="The derived stances could not be loaded."
        error={stances.error}
        onRetry={() => void stances.refetch()}
      />
      <p>
        The cards show each actor’s statements without a stance. The stance filter, the comparison,
        the downloads and the charts return once the stances load.
      </p>
    </div>
  )
}
