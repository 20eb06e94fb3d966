import { expect, test } from 'vitest'
import * as z from 'zod'
import { actors } from '../../data/actors'
import { event as article } from '../../data/event'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import { exportFile } from '../../src/features/export/export-file'
import { cameoOf } from '../../src/lib/codebook/cameo'
import { deriveStanceSummary } from '../../src/lib/codebook/derive-stance'
import { termsOf } from '../../src/lib/codebook/event-terms'
import { codebookLabels } from '../../src/lib/labels'
import { allEvents, emptyFilterState } from '../../src/lib/url-state/filter-state'
import { csvObjects } from '../csv-parse'
import {
  norvaniaEvent,
  norvaniaSource,
  templateCodebook,
  urgesNorvania,
} from './norvania-export-fixtures'

// The article's statement and one of a fictional event (Norvania's border closure, invented for
// these tests), each urging its event's initiator to halt.
const blinken = statements.find((statement) => statement.id === 'us-blinken-calls')!
const actor = (id: string) => actors.find((item) => item.id === id)!
const resultOf = (id: string, own: typeof statements) => ({
  actor: actor(id),
  summary: deriveStanceSummary(actor(id), own),
  statements: own,
})
const { text: _text, ...articleSource } = source

/** The file "Download what I see" saves for the event `event`, in the view's words. */
function download(format: 'csv' | 'json', event: string, shown = [blinken, urgesNorvania]) {
  const inView = [article, norvaniaEvent].find((item) => item.id === event) ?? null
  return exportFile({
    format,
    state: emptyFilterState,
    results: [
      resultOf(
        'united-states',
        shown.filter((item) => item.actorId === 'united-states'),
      ),
      resultOf(
        'france',
        shown.filter((item) => item.actorId === 'france'),
      ),
    ],
    actors,
    sources: [articleSource, norvaniaSource],
    labels: codebookLabels(templateCodebook, termsOf(inView)),
    codebook: templateCodebook,
    events: [article, norvaniaEvent],
    event,
    datasetVersion: '1',
    dataset: 'article',
  })
}

const jsonRows = z.object({ statements: z.array(z.record(z.string(), z.unknown())) })

/** The rows of the file as a spreadsheet or a JSON reader gets them, by statement id. */
const rowsOf = (format: 'csv' | 'json', event: string) => {
  const file = download(format, event)
  const rows =
    format === 'csv' ? csvObjects(file.text) : jsonRows.parse(JSON.parse(file.text)).statements
  return (id: string) => rows.find((row) => row.statement_id === id)
}

test.each(['csv', 'json'] as const)(
  'a %s row names the statement’s event, its initiator, its stance in both words and its CAMEO code',
  (format) => {
    const row = rowsOf(format, allEvents)
    expect(row(urgesNorvania.id)).toMatchObject({
      event_id: 'norvanias-border-closure',
      event_title: 'Norvania’s border closure',
      event_initiator: 'Norvania',
      stance: 'urges-halt',
      stance_label_generic: 'Urges the initiator to halt',
      stance_label_event: 'Urges Norvania to halt',
      // A call to lift a measure, not to stop fighting: an appeal to yield.
      cameo_code: '025',
      cameo_name: cameoOf(urgesNorvania).name,
    })
    expect(cameoOf(urgesNorvania).code).toBe('025')
    // The article's statement keeps its own event's words.
    expect(row(blinken.id)).toMatchObject({
      event_id: 'karabakh-2023',
      event_title: article.title,
      event_initiator: 'Azerbaijan',
      stance_label_generic: 'Urges the initiator to halt',
      stance_label_event: 'Urges Azerbaijan to halt',
      cameo_code: '0256',
      cameo_name: 'Appeal for de-escalation of military engagement',
    })
  },
)

test('the event’s words do not follow the event in view: each row speaks of its own event', () => {
  for (const event of [article.id, norvaniaEvent.id]) {
    const row = rowsOf('csv', event)
    expect(row(urgesNorvania.id)?.stance_label_event).toBe('Urges Norvania to halt')
    expect(row(blinken.id)?.stance_label_event).toBe('Urges Azerbaijan to halt')
  }
})

test('a statement whose source no event lists has no event and no event wording', () => {
  const stray = { ...urgesNorvania, id: 'stray', sourceId: 'a-source-of-no-event' }
  const file = download('json', allEvents, [stray])
  expect(jsonRows.parse(JSON.parse(file.text)).statements[0]).toMatchObject({
    event_id: '',
    event_title: '',
    event_initiator: '',
    stance_label_generic: 'Urges the initiator to halt',
    stance_label_event: '',
    cameo_code: '025',
  })
})

test('the downloaded file is named by the event in view', () => {
  expect(download('csv', article.id).name).toMatch(/^reactions_karabakh-2023_all_[\d-]+\.csv$/)
  expect(download('json', norvaniaEvent.id).name).toMatch(
    /^reactions_norvanias-border-closure_all_[\d-]+\.json$/,
  )
  expect(download('csv', allEvents).name).toMatch(/^reactions_all-events_all_[\d-]+\.csv$/)
})
