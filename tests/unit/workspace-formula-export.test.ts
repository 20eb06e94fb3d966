import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { event } from '../../data/event'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { toCsv } from '../../src/features/export/csv'
import { exportRows } from '../../src/features/export/rows'
import { codebookLabels } from '../../src/lib/labels'
import { applyChange, putChange } from '../../src/lib/workspace/changes'
import { readStatementsCsv } from '../../src/lib/workspace/csv-import'
import { emptyWorkspace } from '../../src/lib/workspace/records'
import { csvObjects } from '../csv-parse'
import { sourceVersion } from './workspace-fixtures'

// A fictional statement imported with formula-like words, then downloaded with the dataset's.
const typed = {
  speaker: '=HYPERLINK("https://example.org","x")',
  office: '+1 555 0100',
  date: '-2 days',
  rationale: '\t@SUM(A1:A2)',
}
const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`

test('formula-like words imported as typed come out of the CSV download neutralised', () => {
  const workspace = applyChange(
    emptyWorkspace,
    putChange({ sources: [sourceVersion({ eventId: event.id })] }),
  )
  const csv = [
    'id,source,actor,passage,quote,stance,channel,speaker,office,date,rationale',
    [
      'formula,freedonia-gazette,russia,Moscow urged both sides,,,',
      ...Object.values(typed).map(quoted),
    ].join(','),
  ].join('\n')
  const { valid } = readStatementsCsv(csv, workspace, new Set(['russia']))
  expect(valid[0]).toMatchObject({ speaker: typed.speaker, rationale: typed.rationale })

  const served = withWorkspace(
    articleDataset,
    applyChange(workspace, putChange({ statements: valid })),
  ).latest
  const yours = served.statements.filter((statement) => statement.yours)
  const russia = actors.find((actor) => actor.id === 'russia')
  const summary = served.stances.find((stance) => stance.actorId === 'russia')
  if (!russia || !summary) throw new Error('Russia is in the dataset')
  const rows = exportRows([{ actor: russia, summary, statements: yours }], {
    sources: served.sources,
    actors: served.actors,
    labels: codebookLabels(served.codebook),
    codebook: served.codebook,
    events: served.events,
    event: event.id,
  })
  const [record] = csvObjects(toCsv(rows, ''))
  expect(record).toMatchObject({
    speaker: `'${typed.speaker}`,
    office: `'${typed.office}`,
    date_as_written: `'${typed.date}`,
    rationale: `'${typed.rationale}`,
  })
})
