import * as Collapsible from '@radix-ui/react-collapsible'
import { useState, type ReactNode } from 'react'
import { useMediaQuery } from '../lib/use-media-query'

/** The filters beside the cards on a wide screen; folded away on a phone until asked for. */
export function FiltersAside({
  activeCount,
  children,
}: {
  activeCount: number
  children: ReactNode
}) {
  const wide = useMediaQuery('(min-width: 56rem)')
  const [open, setOpen] = useState(false)
  return (
    <aside className="filters" aria-label="Filters">
      <Collapsible.Root open={wide || open} onOpenChange={setOpen}>
        <div className="filters-heading">
          <h2>Filters</h2>
          {!wide && (
            <Collapsible.Trigger className="link-button">
              {open
                ? 'Hide filters'
                : `Show filters${activeCount ? ` (${activeCount} active)` : ''}`}
            </Collapsible.Trigger>
          )}
        </div>
        <Collapsible.Content>{children}</Collapsible.Content>
      </Collapsible.Root>
    </aside>
  )
}
