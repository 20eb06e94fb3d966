import { useId } from 'react'

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
})

/** Says that a form holds a kept draft, not saved work, and offers to throw it away. */
export function RestoredNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const id = useId()
  return (
    <p className="workspace-restored">
      <span id={id}>
        Restored what you were typing here ({when.format(new Date(savedAt))}); it is not saved yet.
      </span>{' '}
      <button
        type="button"
        className="workspace-secondary"
        aria-describedby={id}
        onClick={onDiscard}
      >
        Discard
      </button>
    </p>
  )
}

/**
 * What the analyst's last action did ("Statement saved."), said politely to a screen reader and
 * shown by the form it came from. Always in the page, so that a change to it is announced.
 */
export function StatusLine({ said }: { said: string }) {
  return (
    <p role="status" className="workspace-status">
      {said}
    </p>
  )
}
