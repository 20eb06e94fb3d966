import {
  createContext,
  use,
  useCallback,
  useDeferredValue,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import type { ChartsRequest } from '../features/charts/shape-charts'
import { filterGroups } from '../features/filters/filter-options'
import { termsOf } from '../lib/codebook/event-terms'
import { codebookLabels } from '../lib/labels'
import type { DashboardData } from '../lib/statements/actor-results'
import { speakerOptions } from '../lib/statements/voice'
import { summariseEvents } from '../lib/statements/event-summaries'
import { inEvent } from '../lib/statements/in-event'
import { allEvents, type FilterState } from '../lib/url-state/filter-state'
import type { KnownValues } from '../lib/url-state/parameters'
import { defaultEventOf } from './default-event'
import { ViewScope } from './shared-view-of'
import { useDashboardData } from './use-dashboard-data'
import { useFilteredView } from './use-filtered-view'
import { useSyntheticView } from './use-synthetic-view'
import { useEventRule } from './use-event-rule'
import { useOtherNames } from './use-other-names'
import { useViewState } from './use-view-state'

const noChartChoice: ChartsRequest['chosen'] = { matrix: null, agreement: null }

/**
 * What every route and panel of the app reads: the queries (each panel waits for its own), the
 * view and filters from the address, and what is derived from them once.
 */
function useViewModel() {
  const queries = useDashboardData()
  const { actors, stances, statements, codebook, events: eventsQuery } = queries
  const known: KnownValues | undefined = useMemo(
    () =>
      actors.data || statements.data || eventsQuery.data
        ? {
            ...(actors.data ? { actorIds: new Set(actors.data.map((actor) => actor.id)) } : {}),
            ...(eventsQuery.data
              ? { eventIds: new Set([allEvents, ...eventsQuery.data.map((event) => event.id)]) }
              : {}),
            ...(statements.data
              ? {
                  speakers: new Set(speakerOptions(statements.data)),
                  statementIds: new Set(statements.data.map((statement) => statement.id)),
                }
              : {}),
          }
        : undefined,
    [actors.data, statements.data, eventsQuery.data],
  )
  const viewState = useViewState(known)
  /** The dataset's events with their counts, sorted by start; null until events and statements are in. */
  const events = useMemo(
    () =>
      eventsQuery.data && statements.data
        ? summariseEvents(eventsQuery.data, statements.data)
        : null,
    [eventsQuery.data, statements.data],
  )
  // The event shown: the link's, else the dataset's default; every event when it has none, or
  // when the events cannot be loaded.
  const { dataset, size } = viewState.view
  const defaultEvent = defaultEventOf(dataset, eventsQuery.data)
  const event: string = viewState.filters.event ?? defaultEvent ?? allEvents
  /** The filters as the data is filtered: the link's, with the event it shows by default. */
  const withEvent = useCallback(
    (state: FilterState): FilterState =>
      state.event === null && defaultEvent !== null ? { ...state, event: defaultEvent } : state,
    [defaultEvent],
  )
  const filters = useMemo(() => withEvent(viewState.filters), [withEvent, viewState.filters])
  const setEvent = useCallback(
    (next: string) =>
      viewState.setFilters({ ...viewState.filters, event: next === defaultEvent ? null : next }),
    [viewState, defaultEvent],
  )
  // With several events, one event's view derives each actor's stance from that event's
  // statements by the dataset's rule, loaded when first needed; the synthetic corpus's worker
  // does the same for its own.
  const rule = useEventRule(
    dataset !== 'synthetic' && event !== allEvents && (eventsQuery.data?.length ?? 0) > 1
      ? (codebook.data?.version ?? null)
      : null,
  )
  // A search finds the words at once and the actors' other names once they have loaded (the
  // worker has its own): the view is never taken down meanwhile, which would drop the search
  // box's focus in the middle of typing.
  const searching = viewState.filters.q.trim() !== ''
  const names = useOtherNames(searching)
  const otherNames = names?.namedSearch
  const data: DashboardData | null = useMemo(
    () =>
      actors.data && stances.data && statements.data && rule.ready
        ? {
            actors: actors.data,
            stances: stances.data,
            statements: statements.data,
            ...(codebook.data ? { codebook: codebook.data } : {}),
            ...(eventsQuery.data ? { events: eventsQuery.data } : {}),
            ...(rule.derive ? { forEvent: rule.derive } : {}),
            otherNames,
          }
        : null,
    [actors.data, stances.data, statements.data, codebook.data, eventsQuery.data, rule, otherNames],
  )
  // The actors chosen for the matrix and the heat map: the worker shapes the synthetic corpus's
  // charts, so it must know them.
  const [chartChoice, setChartChoice] = useState<ChartsRequest['chosen']>(noChartChoice)
  const chartsRequest = useMemo(
    () => ({ chosen: chartChoice, allEvents: event === allEvents }),
    [chartChoice, event],
  )
  // The synthetic corpus is filtered, and its charts shaped, by the engine in its worker, never here.
  const synthetic = useSyntheticView(dataset === 'synthetic' ? size : null, filters, chartsRequest)
  // The codebook's words in the terms of the event in view; across events, in the generic words.
  const eventInView = event === allEvents ? null : eventsQuery.data?.find(({ id }) => id === event)
  const labels = useMemo(
    () => (codebook.data ? codebookLabels(codebook.data, termsOf(eventInView)) : null),
    [codebook.data, eventInView],
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
            ...(eventsQuery.data ? { events: eventsQuery.data } : {}),
            otherNames,
          }
        : null,
    [stancesFailed, actors.data, statements.data, codebook.data, eventsQuery.data, otherNames],
  )
  // The filters offer what the event in view holds: its actors, speakers and channels.
  const groups = useMemo(() => {
    if (!actors.data || !statements.data || !labels) return null
    const own = inEvent(actors.data, statements.data, eventsQuery.data ?? [], event)
    return filterGroups(own.actors, own.statements, labels)
  }, [actors.data, statements.data, eventsQuery.data, event, labels])
  const syntheticView = synthetic.view
  const answer = useFilteredView({
    synthetic: syntheticView,
    isSynthetic: dataset === 'synthetic',
    data,
    withoutStances,
    filters,
    withEvent,
  })
  return {
    ...viewState,
    queries,
    data,
    labels,
    groups,
    results: answer?.results ?? null,
    stancesFailed,
    withoutStances,
    cards: answer?.cards ?? null,
    countActors: answer?.countActors ?? null,
    event,
    events,
    setEvent,
    dataset,
    /** Each filter option's counts from the engine; null while unknown. */
    facetCounts: answer?.facetCounts ?? null,
    /** What explains a search's results (other names, coding), once loaded by one; else null. */
    searchNames: names,
    /** The synthetic corpus's engine: what it is doing, or why it failed, with a retry. */
    synthetic,
    /** The charts as the engine's worker shaped them, for the synthetic corpus; else null. */
    shapedCharts:
      dataset === 'synthetic' && syntheticView?.shaped
        ? { shapes: syntheticView.shaped.charts, chosen: chartChoice, onChoose: setChartChoice }
        : null,
    /** The default strips of the stance across events as the worker shaped them; else null. */
    shapedStrips: (dataset === 'synthetic' && syntheticView?.shaped?.strips) || null,
  }
}

export type ViewModel = ReturnType<typeof useViewModel>

const ViewContext = createContext<ViewModel | null>(null)

export function ViewProvider({ children }: { children: ReactNode }) {
  const model = useViewModel()
  return (
    <ViewContext value={model}>
      <ViewScope model={model}>{children}</ViewScope>
    </ViewContext>
  )
}

export function useView(): ViewModel {
  const model = use(ViewContext)
  if (!model) throw new Error('useView is used outside ViewProvider.')
  return model
}

/**
 * For the synthetic corpus, the view as last drawn while a newer one waits to be: a panel drawn
 * from it (and memoised on it) lets the urgent update, the box ticked or the letter typed, paint
 * first, and follows in a render that a later click or key can interrupt. At scale that render is
 * a feed of cards, the charts and thousands of strip cells. The article's few dozen statements
 * draw in a few milliseconds, so there every panel keeps in step with the filters in one render.
 */
export function useDeferredView(): ViewModel {
  const view = useView()
  const deferred = useDeferredValue(view)
  return view.dataset === 'synthetic' ? deferred : view
}
