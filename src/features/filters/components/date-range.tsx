import { useId, useState } from 'react'
import { dateRangeProblems } from '../../../lib/url-state/date-range'

type Range = { from: string | null; to: string | null }

/**
 * The date range. A date counts once it is whole and within the event's days (picked, or the
 * year's last digit typed), or when the field is left; until then nothing changes, so typing a
 * year does not filter by year 2 along the way. A range that ends before it starts is not applied:
 * it is kept as typed, with a message, for the user to correct.
 */
export function DateRange({
  from,
  to,
  bounds,
  onCommit,
}: Range & {
  bounds: { min: string; max: string }
  onCommit: (range: Range, replace: boolean) => void
}) {
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' })
  const [shown, setShown] = useState<Range>({ from, to })
  // When the URL changes the dates (Back, a chip, "Clear all"), the fields follow it.
  if (shown.from !== from || shown.to !== to) {
    setShown({ from, to })
    setDraft({ from: from ?? '', to: to ?? '' })
  }
  const errorId = useId()
  // A year still being typed (0002, 0020, 0202) is not yet a range worth a message.
  const typed = (value: string) => /^[1-9]\d{3}-/.test(value)
  // The link's and the API's own check of a range, so the form refuses what they would.
  const refused = (range: Range) => dateRangeProblems(range.from, range.to).length > 0
  const inverted =
    typed(draft.from) && typed(draft.to) && refused({ from: draft.from, to: draft.to })
  const commit = (next: typeof draft) => {
    const range = { from: next.from || null, to: next.to || null }
    if (refused(range)) return
    if (range.from === from && range.to === to) return
    // Refining a range already set replaces the history entry instead of adding one.
    const wasSet = from !== null || to !== null
    onCommit(range, wasSet && (range.from !== null || range.to !== null))
  }
  const field = (key: 'from' | 'to', label: string) => (
    <label>
      {label}
      <input
        type="date"
        min={bounds.min}
        max={bounds.max}
        value={draft[key]}
        aria-invalid={inverted || undefined}
        aria-describedby={inverted ? errorId : undefined}
        onChange={(event) => {
          const next = { ...draft, [key]: event.target.value }
          setDraft(next)
          if (event.target.value >= bounds.min && event.target.value <= bounds.max) commit(next)
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft)
        }}
      />
    </label>
  )
  return (
    <fieldset className="facet">
      <legend>Date of statement</legend>
      <div className="date-range">
        {field('from', 'From')}
        {field('to', 'To')}
      </div>
      {inverted && (
        <p id={errorId} className="date-range-error" role="alert">
          The range ends before it starts: choose a “To” date on or after the “From” date.
        </p>
      )}
    </fieldset>
  )
}
