import { useMemo } from 'react'
import { ActorCombobox } from '../../../components/actor-combobox'
import { actorOptions, type ActorOption } from '../../../lib/actor-options'
import { inEvent } from '../../../lib/statements/in-event'
import { withList } from '../../../lib/url-state/filter-state'
import { useSharedView } from '../../../lib/view/shared-view'
import type { FilterGroup } from '../filter-options'

/**
 * The actor filter once the event has more actors than a list of checkboxes reads well: the
 * searchable picker, its options the event's actors, each with the statements choosing it alone
 * would show (the engine's count where it has one, else the actor's statements on the event).
 */
export function ActorFacet({
  group,
  statementCounts,
}: {
  group: FilterGroup
  statementCounts: ReadonlyMap<string, { statements: number }> | undefined
}) {
  const { filters, setFilters, actors, statements, events, event } = useSharedView()
  const counted = useMemo(
    () =>
      actorOptions(
        actors,
        statementCounts ? [] : inEvent(actors, statements, events, event).statements,
      ),
    [actors, statements, events, event, statementCounts],
  )
  const everyActor: ActorOption[] = counted.map((option) => ({
    ...option,
    statements: statementCounts?.get(option.id)?.statements ?? option.statements,
  }))
  const offered = new Set(group.options.map((option) => option.value))
  return (
    <fieldset className="facet">
      <legend>{group.legend}</legend>
      <ActorCombobox
        label="Find an actor"
        labelHidden
        options={everyActor.filter((option) => offered.has(option.id))}
        allOptions={everyActor}
        chosen={filters.actor}
        onChange={(ids) => setFilters(withList(filters, 'actor', ids))}
        emptyDisabled
      />
    </fieldset>
  )
}
