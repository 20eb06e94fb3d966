import type { ReactNode } from 'react'
import type { SourceVersion } from '../../lib/workspace/records'
import { ChoiceList } from './choice-list'
import { StatusLine } from './restored-notice'

/**
 * The analyst's sources, one to choose for coding, and the form to add another: open from the
 * start while there is nothing yet, folded away once there is.
 */
export function SourcesPanel({
  sources,
  chosenId,
  onChoose,
  adding,
  said,
  children,
}: {
  sources: readonly SourceVersion[]
  chosenId: string | undefined
  onChoose: (source: SourceVersion) => void
  adding: { open: boolean; onToggle: (open: boolean) => void }
  /** What adding a source last did, said by the form. */
  said: string
  /** The form that adds a source. */
  children: ReactNode
}) {
  return (
    <section aria-labelledby="workspace-sources" className="workspace-panel">
      <h3 id="workspace-sources">Your sources</h3>
      {sources.length === 0 && <p>No sources yet: add one below.</p>}
      <ChoiceList
        className="workspace-source-list"
        items={sources}
        chosenId={chosenId}
        onChoose={onChoose}
      >
        {(held) => (
          <>
            {held.title}
            {held.version > 1 && ` (version ${held.version})`}
          </>
        )}
      </ChoiceList>
      <details
        className="workspace-add-source"
        open={adding.open}
        onToggle={(event) => adding.onToggle(event.currentTarget.open)}
      >
        <summary>Add a source</summary>
        {children}
      </details>
      <StatusLine said={said} />
    </section>
  )
}
