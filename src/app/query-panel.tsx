import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PanelErrorBoundary } from '../components/error-boundary'
import { PanelError } from '../components/panel-state'
import { panelFailure } from './panel-status'

/**
 * One panel's states from its own queries only: its error (with a retry of every query it needs
 * that failed) as soon as one fails, its skeleton while one is loading, else its content.
 */
export function QueryPanel({
  queries,
  title,
  skeleton,
  announce = true,
  children,
}: {
  queries: readonly UseQueryResult[]
  /** What failed, for instance "The charts could not be loaded." */
  title: string
  skeleton: ReactNode
  announce?: boolean
  children: () => ReactNode
}) {
  const failure = panelFailure(queries)
  let content: ReactNode
  if (failure)
    content = (
      <PanelError title={title} error={failure.error} onRetry={failure.retry} announce={announce} />
    )
  else if (queries.some((query) => query.data === undefined)) content = skeleton
  else content = children()
  return <PanelErrorBoundary title={title.replace('loaded', 'shown')}>{content}</PanelErrorBoundary>
}
