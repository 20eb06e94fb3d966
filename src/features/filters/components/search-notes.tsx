import { useMemo } from 'react'
import { nameNotes } from '../../../lib/engine/name-notes'
import { nearestNames } from '../../../lib/engine/name-suggestions'
import { otherNamesOf } from '../../../lib/engine/other-names'
import { parseSearch } from '../../../lib/engine/search'
import type { CardResult } from '../../../lib/statements/actor-results'
import { useSharedView } from '../../../lib/view/shared-view'

/**
 * What the search did with other names: for the actors shown, which name stood for which actor
 * ("Showing Türkiye for “Turkey”."); when nothing is shown, the names nearest the words typed,
 * each a button that searches for it. Loaded with the first search, with the names it reads.
 */
export function SearchNotes({ results }: { results: readonly CardResult[] }) {
  const { filters, setFilters, actors, statements } = useSharedView()
  const names = useMemo(() => otherNamesOf(actors), [actors])
  const sources = useMemo(
    () => new Set(statements.map((statement) => statement.sourceId)),
    [statements],
  )
  const { q } = filters
  if (results.length > 0) {
    const shown = new Set(results.map((result) => result.actor.id))
    const notes = nameNotes(names.resolve(parseSearch(q)).names, shown, sources)
    if (notes.length === 0) return null
    return (
      <div className="search-notes">
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </div>
    )
  }
  const suggestions = nearestNames(q, names.known(sources))
  if (suggestions.length === 0) return null
  return (
    <p className="search-notes">
      Did you mean{' '}
      {suggestions.map((suggestion, at) => (
        <span key={suggestion.name}>
          {at > 0 && ' or '}
          <button
            type="button"
            className="link-button"
            onClick={() => setFilters({ ...filters, q: suggestion.q })}
          >
            {suggestion.name}
          </button>
        </span>
      ))}
      ?
    </p>
  )
}
