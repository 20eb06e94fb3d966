import { lazy, Suspense, useRef, useState } from 'react'
import { ExportMenu } from '../features/export/components/export-menu'
import type { ExportResult } from '../features/export/rows'
import { embedOptionsOf } from './source-line'
import { useView } from './view-context'

// The Embed dialog loads only when asked for.
const EmbedDialog = lazy(() =>
  import('../features/embed/components/embed-dialog').then((module) => ({
    default: module.EmbedDialog,
  })),
)

/**
 * What can be done with the view as a whole: download it, copy its link, embed it. Without the
 * source list or the dataset version there is nothing to name in them, nor in a citation (whose
 * buttons the cards then leave out), and that is said.
 */
export function ViewActions({ results }: { results: readonly ExportResult[] }) {
  const { queries, data, view, labels, dataset } = useView()
  const { sources, meta, codebook } = queries
  const [embedOpen, setEmbedOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  if (!sources.data || !meta.data || !data || !labels || !codebook.data) {
    if (sources.isPending || meta.isPending) return null
    return (
      <p className="view-actions">
        Downloads, citations, the link to copy and the embed code need the list of sources and the
        dataset version, which could not be loaded; see the event summary above.
      </p>
    )
  }
  return (
    <div className="view-actions">
      <ExportMenu
        results={results}
        sources={sources.data}
        codebook={codebook.data}
        datasetVersion={meta.data.version}
      />
      <button ref={opener} type="button" className="link-button" onClick={() => setEmbedOpen(true)}>
        Embed
      </button>
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            open
            onClose={() => {
              setEmbedOpen(false)
              // The dialog is gone with its focus: give it back to the button that opened it.
              requestAnimationFrame(() => opener.current?.focus())
            }}
            options={embedOptionsOf(view, data.actors)}
            datasetVersion={meta.data.version}
            synthetic={dataset === 'synthetic'}
            yours={results.some((result) => result.statements.some((statement) => statement.yours))}
          />
        </Suspense>
      )}
    </div>
  )
}
