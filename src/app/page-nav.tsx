import type { MouseEvent } from 'react'
import { serializeFilterState, type FilterState } from '../lib/url-state/filter-state'
import type { navigateSearch } from '../lib/url-state/use-location-search'

export type PageLink = { href: string; onClick: (event: MouseEvent) => void }

/**
 * A link to a page of this view (the dashboard or the method) that keeps the filters. A plain
 * click stays in the app; with a modifier key the browser opens it as any link.
 */
export function pageLink(
  state: FilterState,
  navigate: typeof navigateSearch,
  view: FilterState['view'],
  hash = '',
): PageLink {
  return {
    href: `${serializeFilterState({ ...state, view }) || '?'}${hash}`,
    onClick: (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return
      event.preventDefault()
      navigate(
        serializeFilterState({ ...state, view }, new URLSearchParams(window.location.search)),
      )
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      )
      window.scrollTo(0, 0)
    },
  }
}

export function PageNav({
  state,
  navigate,
}: {
  state: FilterState
  navigate: typeof navigateSearch
}) {
  const current = (view: FilterState['view']) => (state.view === view ? 'page' : undefined)
  return (
    <nav className="page-nav" aria-label="Pages">
      <a {...pageLink(state, navigate, 'dashboard')} aria-current={current('dashboard')}>
        Dashboard
      </a>
      <a {...pageLink(state, navigate, 'method')} aria-current={current('method')}>
        Method
      </a>
    </nav>
  )
}
