import * as Dialog from '@radix-ui/react-dialog'
import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { PanelError } from '../../../components/panel-state'
import { sourceQueryOptions } from '../../../lib/api/sources'
import { formatDay } from '../../../lib/format'
import type { Statement } from '../../../lib/schemas/statement'

/** The article with the statement's exact passage highlighted and scrolled into view. */
export function SourceDialog({
  statement,
  actorName,
  onClose,
  returnFocus,
}: {
  statement: Statement | null
  actorName: string
  onClose: () => void
  /** Gives the focus back to the control that opened the dialog. */
  returnFocus: () => void
}) {
  return (
    <Dialog.Root open={statement !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog source-dialog"
          onCloseAutoFocus={(event) => {
            event.preventDefault()
            returnFocus()
          }}
        >
          {statement && <SourceView statement={statement} actorName={actorName} />}
          <Dialog.Close className="dialog-close">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function SourceView({ statement, actorName }: { statement: Statement; actorName: string }) {
  const source = useQuery(sourceQueryOptions(statement.sourceId))
  // The passage takes the focus, so a screen reader starts reading where the statement rests.
  const scrollIntoView = useCallback((mark: HTMLElement | null) => {
    mark?.scrollIntoView({ block: 'center' })
    mark?.focus({ preventScroll: true })
  }, [])
  const { start, end } = statement.passage
  return (
    <>
      <Dialog.Title>In the source: {actorName}</Dialog.Title>
      <Dialog.Description>
        The highlighted passage (characters {start}–{end}) is what this statement rests on.
      </Dialog.Description>
      {source.isError ? (
        <PanelError
          title="The article could not be loaded."
          error={source.error}
          onRetry={() => void source.refetch()}
        />
      ) : !source.data ? (
        <p role="status">Loading the article…</p>
      ) : (
        <>
          <p className="source-citation">
            “{source.data.title}”, {source.data.outlet}
            {source.data.via ? ` via ${source.data.via}` : ''}, {formatDay(source.data.published)}.
          </p>
          <div className="source-text" role="region" aria-label="Article text" tabIndex={0}>
            {source.data.text.slice(0, start)}
            <mark ref={scrollIntoView} tabIndex={-1}>
              <span className="visually-hidden">Start of the cited passage. </span>
              {source.data.text.slice(start, end)}
              <span className="visually-hidden"> End of the cited passage.</span>
            </mark>
            {source.data.text.slice(end)}
          </div>
        </>
      )}
    </>
  )
}
