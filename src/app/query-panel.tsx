import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PanelErrorBoundary } from '../components/error-boundary'
import { PanelError } from '../components/panel-state'
import { panelFailure } from './panel-status'

/**
 * One panel's states from its own queries only: its error (with a retry of every query it needs
 * that failed) as soon as one fails, its skeleton while one is loading, else its content. The
 * `optional` queries are waited for, but the panel shows what it can without them if they fail,
 * and says so itself.
 */
export function QueryPanel({
  queries,
  optional = [],
  title,
  skeleton,
  announce = true,
  children,
}: {
  queries: readonly UseQueryResult[]
  optional?: readonly UseQueryResult[]
  /** What failed, for instance "The charts could not be loaded." */
  title: string
  skeleton: ReactNode
  announce?: boolean
  children: () => ReactNode
}) {
  const failure = panelFailure(queries, optional)
  let content: ReactNode
  if (failure)
    content = (
      <PanelError title={title} error={failure.error} onRetry={failure.retry} announce={announce} />
    )
  else if (
    queries.some((query) => query.data === undefined) ||
    optional.some((query) => query.data === undefined && !query.isError)
  )
    content = skeleton
  else content = children()
  return <PanelErrorBoundary title={title.replace('loaded', 'shown')}>{content}</PanelErrorBoundary>
}
