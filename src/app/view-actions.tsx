import { lazy, Suspense, useState } from 'react'
import { ExportMenu } from '../features/export/components/export-menu'
import type { ExportResult } from '../features/export/rows'
import type { Actor } from '../lib/schemas/actor'
import type { SourceSummary } from '../lib/schemas/source'
import type { CodebookLabels } from '../lib/labels'
import type { FilterState } from '../lib/url-state/filter-state'
import { embedOptionsOf } from './view-context'

// The Embed dialog loads only when asked for.
const EmbedDialog = lazy(() =>
  import('../features/embed/components/embed-dialog').then((module) => ({
    default: module.EmbedDialog,
  })),
)

/** What can be done with the view as a whole: download it, copy its link, embed it. */
export function ViewActions({
  state,
  actors,
  results,
  sources,
  labels,
  datasetVersion,
}: {
  state: FilterState
  actors: readonly Actor[]
  results: readonly ExportResult[]
  sources: readonly SourceSummary[]
  labels: CodebookLabels
  datasetVersion: string
}) {
  const [embedOpen, setEmbedOpen] = useState(false)
  return (
    <div className="view-actions">
      <ExportMenu
        state={state}
        results={results}
        actors={actors}
        sources={sources}
        labels={labels}
        datasetVersion={datasetVersion}
      />
      <button type="button" className="link-button" onClick={() => setEmbedOpen(true)}>
        Embed
      </button>
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            open
            onClose={() => setEmbedOpen(false)}
            options={embedOptionsOf(state, actors)}
            datasetVersion={datasetVersion}
          />
        </Suspense>
      )}
    </div>
  )
}
