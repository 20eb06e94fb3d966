import { useId, useState } from 'react'
import { formatCount } from '../../../lib/format'

export type PickerOption = { id: string; name: string; statements: number }

type Props = {
  /** Every actor matching the filters, most statements first. */
  options: readonly PickerOption[]
  /** The actors the chart shows now. */
  shown: readonly string[]
  /** A new choice of actors, or null for the ones with the most statements. */
  onChoose: (ids: string[] | null) => void
  limit: number
}

// A long list is searched, not scrolled: it names this many of the matching actors at once.
const listed = 40

/** Which actors a grid chart shows: a searchable list of checkboxes, most statements first. */
export function ShownActorsPicker({ options, shown, onChoose, limit }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const picked = new Set(shown)
  const folded = query.trim().toLocaleLowerCase()
  const matching = folded
    ? options.filter((option) => option.name.toLocaleLowerCase().includes(folded))
    : options
  const toggle = (actorId: string) =>
    onChoose(
      picked.has(actorId)
        ? shown.filter((item) => item !== actorId)
        : options.flatMap((option) =>
            option.id === actorId || picked.has(option.id) ? [option.id] : [],
          ),
    )
  return (
    <details className="actor-picker">
      <summary>
        Actors shown ({formatCount(shown.length)} of {formatCount(options.length)})
      </summary>
      <label htmlFor={`${id}-find`}>Find an actor</label>{' '}
      <input
        id={`${id}-find`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="actor-picker-list">
        {matching.slice(0, listed).map((option) => (
          <li key={option.id}>
            <label>
              <input
                type="checkbox"
                checked={picked.has(option.id)}
                onChange={() => toggle(option.id)}
              />{' '}
              {option.name} ({formatCount(option.statements)})
            </label>
          </li>
        ))}
      </ul>
      {matching.length > listed && (
        <p className="actor-picker-more">
          {formatCount(matching.length - listed)} more: type a name to find them.
        </p>
      )}
      <button type="button" className="link-button" onClick={() => onChoose(null)}>
        Show the {limit} with the most statements
      </button>
    </details>
  )
}
