import { useId, useState, type KeyboardEvent } from 'react'
import { countOf } from '../../../lib/format'
import { allEvents } from '../../../lib/url-state/filter-state'
import { dateSpan } from '../event-facts'
import { matchingOptions, type EventOption } from '../event-options'

/** "10 actors · 22 statements" */
const describeCounts = (option: EventOption): string =>
  `${countOf(option.actorCount, 'actor', 'actors')} · ${countOf(option.statementCount, 'statement', 'statements')}`

/** "19 September 2023 – 21 September 2023 · 10 actors · 22 statements" */
function describeOption(option: EventOption): string {
  const dates = option.start && option.end ? dateSpan(option.start, option.end) : 'No dates'
  return `${dates} · ${describeCounts(option)}`
}

/**
 * A searchable list of the events (a combobox with a listbox, as the ARIA practices describe
 * it): typing filters by title, the arrow keys move through the options, Enter chooses one and
 * Escape closes the list and puts the chosen event's title back.
 */
export function EventPicker({
  options,
  value,
  onChange,
}: {
  options: readonly EventOption[]
  value: string
  onChange: (value: string) => void
}) {
  const id = useId()
  const listId = `${id}-list`
  const chosen = options.find((option) => option.value === value)
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const shown = matchingOptions(options, typed ?? '')
  const activeOption = open ? shown[Math.min(active, shown.length - 1)] : undefined
  const optionId = (option: EventOption) => `${id}-option-${option.value}`

  const chosenIndex = () =>
    Math.max(
      0,
      shown.findIndex((option) => option.value === value),
    )

  const close = () => {
    setOpen(false)
    setTyped(null)
  }
  const choose = (option: EventOption) => {
    close()
    if (option.value !== value) onChange(option.value)
  }
  const openAt = (index: number) => {
    setOpen(true)
    setActive(index)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1
    const at = Math.min(active, last)
    const moves: Record<string, () => void> = {
      ArrowDown: () => (open ? setActive(Math.min(at + 1, last)) : openAt(chosenIndex())),
      ArrowUp: () => (open ? setActive(Math.max(at - 1, 0)) : openAt(chosenIndex())),
      Home: () => open && setActive(0),
      End: () => open && setActive(last),
      Enter: () => activeOption && choose(activeOption),
      Escape: () => close(),
    }
    const move = moves[event.key]
    if (!move || ((event.key === 'Home' || event.key === 'End') && !open)) return
    event.preventDefault()
    move()
  }

  return (
    <div className="event-picker">
      <label htmlFor={`${id}-input`}>Event</label>
      <div className="event-picker-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={`${id}-hint`}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={typed ?? chosen?.title ?? ''}
          onChange={(event) => {
            setTyped(event.target.value)
            openAt(0)
          }}
          onClick={() => !open && openAt(chosenIndex())}
          // The title is selected, so typing replaces it with a search.
          onFocus={(event) => event.target.select()}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <span className="event-picker-arrow" aria-hidden="true">
          ▾
        </span>
        <div id={listId} role="listbox" aria-label="Events" hidden={!open}>
          {shown.map((option) => (
            <div
              key={option.value}
              id={optionId(option)}
              role="option"
              // Reached by the arrow keys through aria-activedescendant, never by Tab.
              tabIndex={-1}
              aria-selected={option.value === value}
              className={option === activeOption ? 'active' : undefined}
              // Chosen on mouse down, before the field loses the focus and closes the list.
              onMouseDown={(event) => {
                event.preventDefault()
                choose(option)
              }}
            >
              <span className="event-option-title">{option.title}</span>
              <span className="event-option-meta">{describeOption(option)}</span>
            </div>
          ))}
          {shown.length === 1 && typed && (
            <p className="event-option-none">No event title has these words.</p>
          )}
        </div>
      </div>
      {/* The header under the picker gives the event's dates, and across events the counts too: */}
      {/* the hint does not say them a second time. */}
      <p className="event-picker-hint" id={`${id}-hint`}>
        {chosen && chosen.value !== allEvents ? describeCounts(chosen) : ''}
      </p>
      <p className="visually-hidden" role="status">
        {open && typed
          ? `${countOf(shown.length - 1, 'event')} ${shown.length === 2 ? 'matches' : 'match'}`
          : ''}
      </p>
    </div>
  )
}
