import { useMemo, type ComponentProps } from 'react'
import { actorNames } from '../../../lib/actor-names'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { Event } from '../../../lib/schemas/event'
import type { ActorStatements } from '../../../lib/statements/actor-results'
import { eventTitleBySource, statementRows } from '../rows'
import { StatementsTable } from './statements-table'

type Props = Omit<ComponentProps<typeof StatementsTable>, 'rows'> & {
  results: readonly ActorStatements[]
  actors: readonly Actor[]
  /** The dataset's events, which name each statement's event through its source. */
  events: readonly Event[]
  labels: CodebookLabels
}

/** The table of the filtered statements, its rows built once per change of the results. */
export function StatementsTableView({ results, actors, events, labels, ...table }: Props) {
  const rows = useMemo(
    () => statementRows(results, eventTitleBySource(events), labels, actorNames(actors)),
    [results, events, labels, actors],
  )
  return <StatementsTable rows={rows} {...table} />
}
