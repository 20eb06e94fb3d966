import { useSyncExternalStore } from 'react'

// The address bar is the source of truth for the view: read it, and write it with history entries
// so that Back and Forward walk through the changes.
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const getSearch = () => window.location.search

export function navigateSearch(search: string, options: { replace?: boolean } = {}): void {
  if (search === window.location.search) return
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (options.replace) window.history.replaceState(null, '', url)
  else window.history.pushState(null, '', url)
  listeners.forEach((listener) => listener())
}

// The build prerenders a page for an address (scripts/prerender) and the browser hydrates it at
// that address: both read the address itself, so the page hydrates the view it was rendered as.
const getServerSearch = () => (typeof window === 'undefined' ? '' : window.location.search)

export function useLocationSearch(): [string, typeof navigateSearch] {
  const search = useSyncExternalStore(subscribe, getSearch, getServerSearch)
  return [search, navigateSearch]
}
