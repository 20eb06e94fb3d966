import { useState, type ReactNode } from 'react'
import { Disclosure } from '../components/disclosure'
import { useMediaQuery } from '../lib/use-media-query'
import { focusResults } from './skip-link'
import { formatCount } from '../lib/format'

/**
 * The filters beside the cards on a wide screen; folded away on a phone until asked for. On a
 * phone the cards are far below the filters, so the open panel says how many actors match and
 * offers a jump to them.
 */
export function FiltersAside({
  activeCount,
  matchCount,
  children,
}: {
  activeCount: number
  /** How many actors the filters leave; null until they are known. */
  matchCount: number | null
  children: ReactNode
}) {
  const wide = useMediaQuery('(min-width: 56rem)')
  const [open, setOpen] = useState(false)
  return (
    <aside className="filters" aria-labelledby="filters-heading">
      <Disclosure
        open={wide || open}
        onOpenChange={setOpen}
        triggerClassName="link-button"
        trigger={
          wide
            ? undefined
            : open
              ? 'Hide filters'
              : `Show filters${activeCount ? ` (${formatCount(activeCount)} active)` : ''}`
        }
        renderTrigger={(button) => (
          <div className="filters-heading">
            <h2 id="filters-heading" tabIndex={-1}>
              Filters
            </h2>
            {button}
          </div>
        )}
      >
        {children}
        {!wide && matchCount !== null && (
          <div className="filters-jump">
            <p role="status">
              {formatCount(matchCount)} {matchCount === 1 ? 'actor matches' : 'actors match'}
            </p>
            <button type="button" className="link-button" onClick={focusResults}>
              Show the results
            </button>
          </div>
        )}
      </Disclosure>
    </aside>
  )
}
