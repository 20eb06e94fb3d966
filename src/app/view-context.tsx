import { createContext, use, useMemo, type ReactNode } from 'react'
import { filterGroups } from '../features/filters/filter-options'
import { codebookLabels } from '../lib/labels'
import { applyFilters, speakerOptions, type DashboardData } from '../lib/statements/apply-filters'
import type { KnownValues } from '../lib/url-state/parameters'
import { useDashboardData } from './use-dashboard-data'
import { useViewState } from './use-view-state'

/**
 * What every route and panel of the app reads: the queries (each panel waits for its own), the
 * view and filters from the address, and what is derived from them once.
 */
function useViewModel() {
  const queries = useDashboardData()
  const { actors, stances, statements, codebook } = queries
  const known: KnownValues | undefined = useMemo(
    () =>
      actors.data || statements.data
        ? {
            ...(actors.data ? { actorIds: new Set(actors.data.map((actor) => actor.id)) } : {}),
            ...(statements.data
              ? {
                  speakers: new Set(speakerOptions(statements.data)),
                  statementIds: new Set(statements.data.map((statement) => statement.id)),
                }
              : {}),
          }
        : undefined,
    [actors.data, statements.data],
  )
  const viewState = useViewState(known)
  const data: DashboardData | null = useMemo(
    () =>
      actors.data && stances.data && statements.data
        ? {
            actors: actors.data,
            stances: stances.data,
            statements: statements.data,
            ...(codebook.data ? { codebook: codebook.data } : {}),
          }
        : null,
    [actors.data, stances.data, statements.data, codebook.data],
  )
  const labels = useMemo(
    () => (codebook.data ? codebookLabels(codebook.data) : null),
    [codebook.data],
  )
  const groups = useMemo(
    () => (data && labels ? filterGroups(data.actors, data.statements, labels) : null),
    [data, labels],
  )
  const results = useMemo(
    () => (data ? applyFilters(data, viewState.filters) : null),
    [data, viewState.filters],
  )
  return { ...viewState, queries, data, labels, groups, results }
}

export type ViewModel = ReturnType<typeof useViewModel>

const ViewContext = createContext<ViewModel | null>(null)

export function ViewProvider({ children }: { children: ReactNode }) {
  return <ViewContext value={useViewModel()}>{children}</ViewContext>
}

export function useView(): ViewModel {
  const model = use(ViewContext)
  if (!model) throw new Error('useView is used outside ViewProvider.')
  return model
}
