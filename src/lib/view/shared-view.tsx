import { createContext, use, type ReactNode } from 'react'
import type { CodebookLabels } from '../labels'
import type { Actor } from '../schemas/actor'
import type { Event } from '../schemas/event'
import type { Statement } from '../schemas/statement'
import type { FilterState } from '../url-state/filter-state'
import type { ViewState } from '../url-state/view-state'

type NavigateOptions = { replace?: boolean }

/**
 * What most panels read about the page: the view and filters from the address with the way to
 * change them, the codebook's words and the dataset. Read-only: a component changes the view only
 * through the setters, which write the address.
 */
export type SharedView = {
  view: ViewState
  setView: (next: ViewState, options?: NavigateOptions) => void
  /** The filters as the data is filtered, the event in view included. */
  filters: FilterState
  setFilters: (next: FilterState, options?: NavigateOptions) => void
  /** The id of the event in view, or `allEvents`. */
  event: string
  setEvent: (event: string) => void
  /** The codebook's words; null until the codebook is in. */
  labels: CodebookLabels | null
  /** The dataset: each list empty until it is in. */
  actors: readonly Actor[]
  statements: readonly Statement[]
  events: readonly Event[]
}

const SharedViewContext = createContext<SharedView | null>(null)

/** Gives the components below it the view; a nearer provider overrides a farther one. */
export function SharedViewProvider({
  value,
  children,
}: {
  value: SharedView
  children: ReactNode
}) {
  return <SharedViewContext value={value}>{children}</SharedViewContext>
}

export function useSharedView(): SharedView {
  const view = use(SharedViewContext)
  if (!view) throw new Error('useSharedView is used outside SharedViewProvider.')
  return view
}

/** The codebook's words, for a component drawn only once the codebook is in. */
export function useLabels(): CodebookLabels {
  const { labels } = useSharedView()
  if (!labels) throw new Error('useLabels is used before the codebook is loaded.')
  return labels
}
