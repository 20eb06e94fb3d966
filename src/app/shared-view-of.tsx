import { useMemo, type ReactNode } from 'react'
import { SharedViewProvider, type SharedView } from '../lib/view/shared-view'
import type { ViewModel } from './view-context'

/**
 * The part of the view model that feature components read from context. Memoised on its fields,
 * so that a panel drawn from the deferred model hands its components the same view until that
 * model moves on.
 */
export function useSharedViewOf(model: ViewModel): SharedView {
  const { view, setView, filters, setFilters, event, setEvent, labels, queries } = model
  const actors = queries.actors.data
  const statements = queries.statements.data
  const events = queries.events.data
  return useMemo(
    () => ({
      view,
      setView,
      filters,
      setFilters,
      event,
      setEvent,
      labels,
      actors: actors ?? [],
      statements: statements ?? [],
      events: events ?? [],
    }),
    [view, setView, filters, setFilters, event, setEvent, labels, actors, statements, events],
  )
}

/**
 * Gives the components below it the shared view of `model`. The app gives the current model's; a
 * panel drawn from the deferred model wraps its content in one of its own, so that its components
 * follow that model and not the urgent one.
 */
export function ViewScope({ model, children }: { model: ViewModel; children: ReactNode }) {
  return <SharedViewProvider value={useSharedViewOf(model)}>{children}</SharedViewProvider>
}
