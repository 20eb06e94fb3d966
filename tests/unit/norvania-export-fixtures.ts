import { codebook } from '../../data/codebook'
import type { Codebook } from '../../src/lib/schemas/codebook'
import type { Event } from '../../src/lib/schemas/event'
import type { SourceSummary } from '../../src/lib/schemas/source'
import type { Statement } from '../../src/lib/schemas/statement'

// A fictional event, written for these tests: Norvania closes its border and France urges it to
// reopen it. Nothing here happened; the country, the source and the words are invented.

/** The codebook with its stance labels written from the event, as codebook 3 writes them. */
export const templateCodebook: Codebook = {
  ...codebook,
  stances: codebook.stances.map((stance) => ({
    ...stance,
    label: {
      supports: 'Supports {action}',
      'calls-on-all-sides': 'Calls on all sides',
      'urges-halt': 'Urges {initiator} to halt',
      condemns: 'Condemns {action}',
    }[stance.id],
  })),
}

const words = 'France urged Norvania to reopen the border.'

/** The analyst's own source for the fictional event. */
export const norvaniaSource: SourceSummary = {
  id: 'norvania-herald',
  title: 'Norvania closes its border (a fictional report)',
  outlet: 'Norvania Herald',
  via: null,
  published: '2026-03-02',
  publishedNote: 'A fictional source, written for tests.',
  file: 'norvania-herald.txt',
  length: words.length,
  yours: true,
}

export const norvaniaEvent: Event = {
  id: 'norvanias-border-closure',
  title: 'Norvania’s border closure',
  summary: 'A fictional event, written for tests.',
  start: '2026-03-01',
  end: '2026-03-02',
  timeZone: 'UTC',
  initiator: { actorId: null, name: 'Norvania' },
  action: { short: 'the border closure', full: 'the closure of Norvania’s border' },
  sourceIds: [norvaniaSource.id],
  milestones: [],
  yours: true,
}

const passage = { start: 0, end: words.length, text: words }

/** France urges Norvania to reopen its border: coded urges-halt, with no call to end fighting. */
export const urgesNorvania: Statement = {
  id: 'france-urges-norvania',
  actorId: 'france',
  sourceId: norvaniaSource.id,
  speaker: null,
  office: null,
  date: { earliest: '2026-03-02', latest: '2026-03-02', time: null, asWritten: null, basis: '' },
  channel: 'unspecified',
  textKind: 'paraphrase',
  passage,
  passages: [passage],
  quotes: [],
  stance: 'urges-halt',
  explicitStance: false,
  positions: [],
  addressees: ['norvania'],
  rationale: 'Calls on the initiator by name to undo its measure (a fictional statement).',
  yours: true,
}
