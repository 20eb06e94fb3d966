import { SortableTable } from '../../../components/sortable-table'
import { MarkedName, useYours } from '../components/yours-in-chart'
import type { CodebookLabels } from '../../../lib/labels'
import { mapTableRows } from './describe-map'
import type { MapEntry } from './map-classes'

/** The map as a table: each actor's class, statement count and whether it is drawn or listed. */
export function MapTable({
  entries,
  labels,
}: {
  entries: readonly MapEntry[]
  labels: CodebookLabels
}) {
  const yours = useYours()
  return (
    <SortableTable
      caption="Each actor’s stance as the map colours it"
      rows={mapTableRows(entries, labels)}
      rowKey={(row) => row.actorId}
      columns={[
        {
          key: 'actor',
          label: 'Actor',
          value: (row) => row.actor,
          render: (row) => <MarkedName name={row.actor} yours={yours.actors.has(row.actorId)} />,
        },
        { key: 'class', label: 'Stance on the map', value: (row) => row.mapClass },
        { key: 'statements', label: 'Statements', value: (row) => row.statements, numeric: true },
        { key: 'place', label: 'Where', value: (row) => row.place },
      ]}
    />
  )
}
