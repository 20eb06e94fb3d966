import { channels, stanceIds } from '../../lib/vocabulary'
import type { ExportRow } from './rows'
import { day, oneOf, text, whole, type Table } from './table-fields'

/** A statement as its table holds it: the export row, and the dataset it comes from. */
export type StatementRow = ExportRow & { dataset: string }

export const statementsTable: Table<StatementRow> = {
  name: 'statements',
  title: 'Statements',
  description:
    'One row per statement the view shows: who spoke, when, through which channel, the stance it expresses, the passage of the source it rests on and the codebook’s words for it.',
  primaryKey: ['statement_id'],
  foreignKeys: [
    { fields: 'actor_id', table: 'actors', field: 'actor_id' },
    { fields: 'event_id', table: 'events', field: 'event_id' },
  ],
  fields: [
    oneOf(
      'dataset',
      ['article', 'synthetic'],
      'Which dataset the statement comes from: the article’s coding, or the synthetic corpus generated for testing at scale (not real statements).',
      (row) => row.dataset,
      { required: true },
    ),
    text('statement_id', 'The statement’s id.', (row) => row.statement_id, { required: true }),
    text('actor_id', 'The actor who made it.', (row) => row.actor_id, { required: true }),
    text('actor', 'The actor’s name.', (row) => row.actor, { required: true }),
    text('speaker', 'Who spoke for the actor, as the source names them.', (row) => row.speaker),
    text('office', 'The speaker’s office, as the source prints it.', (row) => row.office),
    day('date_earliest', 'The first day the statement can date from.', (row) => row.date_earliest),
    day('date_latest', 'The last day it can date from.', (row) => row.date_latest),
    text('date_as_written', 'The source’s own words for the date.', (row) => row.date_as_written),
    oneOf('channel', channels, 'How it reached the public.', (row) => row.channel, {
      required: true,
    }),
    oneOf(
      'stance',
      stanceIds,
      'The stance the statement itself expresses, on the codebook’s scale; empty where it expresses none.',
      (row) => row.stance,
    ),
    oneOf(
      'text_kind',
      ['quote', 'paraphrase'],
      'Whether the source quotes the actor’s own words or only reports them.',
      (row) => row.text_kind,
      { required: true },
    ),
    text('passage', 'The source’s passage that reports it.', (row) => row.passage, {
      required: true,
    }),
    text('source', 'The source: outlet, title and date.', (row) => row.source, { required: true }),
    whole('span_start', 'Where the passage starts in the source’s text.', (row) => row.span_start),
    whole('span_end', 'Where it ends (exclusive).', (row) => row.span_end),
    text('rationale', 'Why it is coded so, in a line.', (row) => row.rationale),
    oneOf(
      'coded_by',
      ['dataset', 'yours'],
      '`dataset` for the published coding, `yours` for what the analyst coded in their workspace.',
      (row) => row.coded_by,
      { required: true },
    ),
    text('event_id', 'The event whose sources report it.', (row) => row.event_id),
    text(
      'stance_label_generic',
      'The stance in words that compare across events.',
      (row) => row.stance_label_generic,
    ),
    text(
      'stance_label_event',
      'The stance in the words of its event.',
      (row) => row.stance_label_event,
    ),
    text('cameo_code', 'CAMEO 1.1b3 event code.', (row) => row.cameo_code),
    text('cameo_name', 'CAMEO 1.1b3 event name.', (row) => row.cameo_name),
  ],
}
