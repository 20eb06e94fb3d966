import type { MouseEvent } from 'react'
import type { ViewState } from '../lib/url-state/view-state'
import type { ViewStateHandle } from './use-view-state'
import { useView } from './view-context'

export type PageLink = { href: string; onClick: (event: MouseEvent) => void }

/**
 * A link to a page of this view (the dashboard or the method) that keeps the filters. A plain
 * click stays in the app; with a modifier key the browser opens it as any link.
 */
export function pageLink(
  handle: Pick<ViewStateHandle, 'view' | 'linkTo' | 'navigate'>,
  page: ViewState['view'],
  hash = '',
): PageLink {
  const search = handle.linkTo({ view: { ...handle.view, view: page } })
  return {
    href: `${search || '?'}${hash}`,
    onClick: (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return
      event.preventDefault()
      handle.navigate(search)
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      )
      window.scrollTo(0, 0)
    },
  }
}

export function PageNav() {
  const handle = useView()
  const current = (page: ViewState['view']) => (handle.view.view === page ? 'page' : undefined)
  return (
    <nav className="page-nav" aria-label="Pages">
      <a {...pageLink(handle, 'dashboard')} aria-current={current('dashboard')}>
        Dashboard
      </a>
      <a {...pageLink(handle, 'method')} aria-current={current('method')}>
        Method
      </a>
      <a {...pageLink(handle, 'workspace')} aria-current={current('workspace')}>
        Your workspace
      </a>
    </nav>
  )
}
