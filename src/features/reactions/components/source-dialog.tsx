import * as Dialog from '@radix-ui/react-dialog'
import { useQuery } from '@tanstack/react-query'
import { Fragment, useCallback } from 'react'
import { QueryState } from '../../../components/query-state'
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
  // Every passage the statement rests on is marked, in the article's order; the fullest takes the focus.
  const marks = [...statement.passages].sort((a, b) => a.start - b.start)
  const mentions = marks.length - 1
  return (
    <>
      <Dialog.Title>In the source: {actorName}</Dialog.Title>
      <Dialog.Description>
        The highlighted passage (characters {start}–{end}) is what this statement rests on.
        {mentions > 0 &&
          ` The article mentions it ${mentions === 1 ? 'once more' : `${mentions} more times`}, also highlighted.`}
      </Dialog.Description>
      <QueryState
        query={source}
        failed="The article could not be loaded."
        loading="Loading the article…"
      >
        {(data) => (
          <>
            <p className="source-citation">
              “{data.title}”, {data.outlet}
              {data.via ? ` via ${data.via}` : ''}, {formatDay(data.published)}.
            </p>
            <div className="source-text" role="region" aria-label="Article text" tabIndex={0}>
              {marks.map((mark, index) => {
                const first = mark.start === start && mark.end === end
                return (
                  <Fragment key={mark.start}>
                    {data.text.slice(marks[index - 1]?.end ?? 0, mark.start)}
                    <mark ref={first ? scrollIntoView : undefined} tabIndex={-1}>
                      <span className="visually-hidden">
                        {first ? 'Start of the cited passage. ' : 'Start of a further mention. '}
                      </span>
                      {data.text.slice(mark.start, mark.end)}
                      <span className="visually-hidden">
                        {first ? ' End of the cited passage.' : ' End of the further mention.'}
                      </span>
                    </mark>
                  </Fragment>
                )
              })}
              {data.text.slice(marks.at(-1)?.end ?? end)}
            </div>
          </>
        )}
      </QueryState>
    </>
  )
}
