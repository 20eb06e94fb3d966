import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { articleDataset, withWorkspace } from '../../mocks/handlers/dataset'
import { event } from '../../data/event'
import { StatementText } from '../../src/components/statement-text'
import { exportRows } from '../../src/features/export/rows'
import { toCsv } from '../../src/features/export/csv'
import { citeStatement } from '../../src/lib/cite'
import { codebookLabels } from '../../src/lib/labels'
import { csvObjects } from '../csv-parse'
import { sourceVersion, statementAt } from './workspace-fixtures'

const served = withWorkspace(articleDataset, {
  events: [],
  sources: [sourceVersion({ eventId: event.id })],
  actors: [],
  statements: [statementAt('Moscow urged both sides to show restraint.')],
}).latest
const yours = served.statements.find((statement) => statement.yours)
const published = served.statements.find((statement) => !statement.yours)
const yourSource = served.sources.find((source) => source.yours)
if (!yours || !published || !yourSource) throw new Error('both kinds of statement are served')

test('a statement the analyst coded says it is theirs and whose words it shows', () => {
  const { rerender } = render(<StatementText statement={yours} />)
  expect(screen.getByText('Yours')).toBeInTheDocument()
  expect(screen.getByText('Paraphrase: your source’s words')).toBeInTheDocument()
  rerender(<StatementText statement={published} />)
  expect(screen.queryByText('Yours')).toBeNull()
})

test('an export says on every line who coded the statement, and names the analyst’s source as theirs', () => {
  const rows = exportRows(
    [
      {
        actor: actors.find((actor) => actor.id === 'russia') ?? actors[0]!,
        summary: served.stances.find((stance) => stance.actorId === 'russia')!,
        statements: [published, yours],
      },
    ],
    {
      sources: served.sources,
      actors: served.actors,
      labels: codebookLabels(served.codebook),
      codebook: served.codebook,
      events: served.events,
      event: event.id,
    },
  )
  expect(rows.map((row) => row.coded_by)).toEqual(['dataset', 'yours'])
  expect(rows[1]?.source).toBe(
    'Your source: Freedonia Gazette, “Freedonia Gazette, a fictional paper”, 2026-01-05',
  )
  const records = csvObjects(toCsv(rows, ''))
  expect(records.map((record) => record.coded_by)).toEqual(['dataset', 'yours'])
})

test('citing the analyst’s own statement cites only their source, and says why', () => {
  const citations = citeStatement(
    {
      sources: [yourSource],
      event,
      datasetVersion: served.meta.version,
      datasetYear: '2026',
      url: 'https://tracker.example/',
      accessed: new Date('2026-11-28T12:00:00Z'),
    },
    yours,
    'Russia',
  )
  expect(citations.noticeKind).toBe('yours')
  expect(citations.items).toEqual([
    {
      id: yourSource.id,
      type: 'article-newspaper',
      title: 'Freedonia Gazette, a fictional paper',
      'container-title': 'Freedonia Gazette',
      issued: { 'date-parts': [[2026, 1, 5]] },
      // The address the analyst recorded with their source.
      URL: 'https://example.org/freedonia',
    },
  ])
  expect(citations.files.BibTeX.text).not.toContain('Diplomatic reactions tracker')
})
