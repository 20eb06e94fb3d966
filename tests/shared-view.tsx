import type { ReactNode } from 'react'
import { allEvents, emptyFilterState } from '../src/lib/url-state/filter-state'
import { defaultViewState } from '../src/lib/url-state/view-state'
import { SharedViewProvider, type SharedView } from '../src/lib/view/shared-view'

/**
 * A shared view for a component rendered on its own: the defaults of an address with no
 * parameters, nothing loaded and setters that do nothing, with `given` over them.
 */
export function sharedView(given: Partial<SharedView> = {}): SharedView {
  return {
    view: defaultViewState,
    setView: () => {},
    filters: emptyFilterState,
    setFilters: () => {},
    event: allEvents,
    setEvent: () => {},
    labels: null,
    actors: [],
    statements: [],
    events: [],
    ...given,
  }
}

/** `children` under a shared view made by `sharedView(given)`. */
export function WithSharedView({
  children,
  ...given
}: Partial<SharedView> & { children: ReactNode }) {
  return <SharedViewProvider value={sharedView(given)}>{children}</SharedViewProvider>
}
