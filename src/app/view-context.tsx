import { createContext, use, useMemo, type ReactNode } from 'react'
import { filterGroups } from '../features/filters/filter-options'
import { codebookLabels } from '../lib/labels'
import {
  applyFilters,
  filterByStatements,
  speakerOptions,
  type CardResult,
  type DashboardData,
} from '../lib/statements/apply-filters'
import type { FilterState } from '../lib/url-state/filter-state'
import type { KnownValues } from '../lib/url-state/parameters'
import { useDashboardData } from './use-dashboard-data'
import { useSyntheticView } from './use-synthetic-view'
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
  const { dataset, size } = viewState.view
  // The synthetic corpus is filtered by the engine in its worker, never here.
  const synthetic = useSyntheticView(dataset === 'synthetic' ? size : null, viewState.filters)
  const labels = useMemo(
    () => (codebook.data ? codebookLabels(codebook.data) : null),
    [codebook.data],
  )
  // The statements and actors alone: enough for the cards and most filters when only the derived
  // stances failed to load.
  const stancesFailed = stances.isError && !stances.data
  const withoutStances = useMemo(
    () =>
      stancesFailed && actors.data && statements.data
        ? {
            actors: actors.data,
            statements: statements.data,
            ...(codebook.data ? { codebook: codebook.data } : {}),
          }
        : null,
    [stancesFailed, actors.data, statements.data, codebook.data],
  )
  const groups = useMemo(
    () =>
      actors.data && statements.data && labels
        ? filterGroups(actors.data, statements.data, labels)
        : null,
    [actors.data, statements.data, labels],
  )
  const syntheticView = synthetic.view
  const results = useMemo(
    () =>
      dataset === 'synthetic'
        ? (syntheticView?.results ?? null)
        : data
          ? applyFilters(data, viewState.filters)
          : null,
    [dataset, syntheticView, data, viewState.filters],
  )
  /** The cards as filtered: with their stances, or without them while those are unavailable. */
  const cards: readonly CardResult[] | null = useMemo(
    () =>
      results ??
      (withoutStances
        ? filterByStatements(withoutStances, viewState.filters).map((result) => ({
            ...result,
            summary: null,
          }))
        : null),
    [results, withoutStances, viewState.filters],
  )
  /** How many actors a filter state shows, for the filters' counts; null until it can be told. */
  const countActors = useMemo(
    () =>
      dataset === 'synthetic'
        ? syntheticView && ((state: FilterState) => syntheticView.countActors(state) ?? 0)
        : data
          ? (state: FilterState) => applyFilters(data, state).length
          : withoutStances
            ? (state: FilterState) => filterByStatements(withoutStances, state).length
            : null,
    [dataset, syntheticView, data, withoutStances],
  )
  return {
    ...viewState,
    queries,
    data,
    labels,
    groups,
    results,
    stancesFailed,
    withoutStances,
    cards,
    countActors,
    dataset,
    /** Each filter option's counts from the engine; null while unknown, and for the article's data. */
    facetCounts: syntheticView?.facetCounts ?? null,
    /** The synthetic corpus's engine: what it is doing, or why it failed, with a retry. */
    synthetic,
  }
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
