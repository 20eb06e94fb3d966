import { Suspense, useEffect } from 'react'
import { PanelSkeleton } from '../components/panel-state'
import { ComparePanel } from '../features/compare/components/compare-panel'
import { usePostHeight } from '../features/embed/use-post-height'
import type { ActorResult, DashboardData } from '../features/filters/facets'
import { ResultsPanel } from '../features/reactions/components/results-panel'
import type { CiteContext } from '../lib/cite'
import { formatDay } from '../lib/format'
import type { CodebookLabels } from '../lib/labels'
import type { DatasetMeta, Event } from '../lib/schemas/event'
import {
  chartIds,
  clearFilters,
  serializeFilterState,
  toggleTable,
  type FilterState,
} from '../lib/url-state/filter-state'
import { ChartsPanel } from './charts-panel-lazy'

type Props = {
  state: FilterState
  embed: string
  data: DashboardData
  results: ActorResult[]
  labels: CodebookLabels
  event: Event
  meta: DatasetMeta
  sourceLine: string
  citeContext: (() => CiteContext) | null
  onChange: (next: FilterState) => void
}

/** One view with minimal chrome, for an iframe: title, the view, its source and a link back. */
export function EmbedPage({
  state,
  embed,
  data,
  results,
  labels,
  event,
  meta,
  sourceLine,
  citeContext,
  onChange,
}: Props) {
  usePostHeight(true)
  useEffect(() => {
    document.documentElement.dataset.embed = 'true'
  }, [])
  const [kind = '', id = ''] = embed.split(':')
  const fullView = `${window.location.origin}${window.location.pathname}${serializeFilterState({ ...state, embed: null, version: null })}`
  const chart = chartIds.find((chartId) => chartId === id)
  const shown = kind === 'card' ? results.filter((result) => result.actor.id === id) : results
  const frozenElsewhere = state.version !== null && state.version !== meta.version
  return (
    <div className="embed">
      <p className="embed-title">{event.title}</p>
      <p className="embed-asof">
        {frozenElsewhere
          ? `Frozen at dataset ${state.version ?? ''}, which is no longer served: showing dataset ${meta.version}.`
          : `As of dataset ${meta.version} (${formatDay(meta.updatedAt)})${state.version ? ', frozen' : ''}.`}
      </p>
      {kind === 'compare' ? (
        <ComparePanel
          compare={state.compare}
          actors={data.actors}
          summaries={data.summaries}
          statements={data.statements}
          labels={labels}
          onChange={(compare) => onChange({ ...state, compare })}
        />
      ) : kind === 'chart' && chart ? (
        <Suspense fallback={<PanelSkeleton rows={1} label="Loading the chart" />}>
          <ChartsPanel
            input={results}
            event={event}
            actors={data.actors}
            labels={labels}
            sourceLine={sourceLine}
            tables={state.tables}
            onToggleTable={(chartId) => onChange(toggleTable(state, chartId))}
            only={chart}
          />
        </Suspense>
      ) : (
        <ResultsPanel
          data={data}
          results={shown}
          labels={labels}
          filtered
          onClearFilters={() => onChange(clearFilters(state))}
          compare={state.compare}
          onCompareChange={(compare) => onChange({ ...state, compare })}
          citeContext={citeContext}
          methodLink={{
            href: `${fullView}${fullView.includes('?') ? '&' : '?'}view=method#derivation`,
            onClick: () => undefined,
          }}
        />
      )}
      <p className="embed-source">
        {sourceLine}{' '}
        <a href={fullView} target="_blank" rel="noopener">
          Open the full view
        </a>
      </p>
    </div>
  )
}
