import type { ReactNode } from 'react'
import { PanelError } from './panel-state'

/**
 * One query's part of a panel: its failure with a retry, a line a screen reader hears while there
 * is no data yet, then what `children` draws from the data.
 */
export function QueryState<Data>({
  query,
  failed,
  loading,
  children,
}: {
  query: { isError: boolean; error: unknown; data: Data | undefined; refetch: () => unknown }
  failed: string
  loading: string
  children: (data: Data) => ReactNode
}) {
  if (query.isError)
    return <PanelError title={failed} error={query.error} onRetry={() => void query.refetch()} />
  if (query.data === undefined) return <p role="status">{loading}</p>
  return children(query.data)
}
