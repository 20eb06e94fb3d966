import type { WorkspaceData } from '../src/lib/workspace/records'

/**
 * A second source for the article's event, and it is fictional: no outlet published it and
 * France said nothing in it. It exists to test how the tracker weighs two sources that disagree
 * about one actor: the article reports France condemning the operation, this one France calling
 * on Azerbaijan to halt, both in the reporter's words.
 */
export const fictionalText =
  'This report is fictional: it was written to test the tracker, and no outlet published it. In it, France called on Azerbaijan to halt its offensive.'

const words = 'France called on Azerbaijan to halt its offensive.'

export function fictionalSecondSource(eventId: string): WorkspaceData {
  const start = fictionalText.indexOf(words)
  return {
    events: [],
    actors: [],
    sources: [
      {
        id: 'fictional-courier',
        version: 1,
        title: 'A fictional report, written for the tests',
        outlet: 'Fictional Courier',
        published: '2023-09-20',
        url: null,
        language: 'en',
        text: fictionalText,
        eventId,
        addedAt: '2026-12-08T10:00:00.000Z',
      },
    ],
    statements: [
      {
        id: 'france-calls-for-halt',
        actorId: 'france',
        sourceId: 'fictional-courier',
        sourceVersion: 1,
        speaker: null,
        office: null,
        date: { asWritten: null, earliest: null, latest: null, partOfDay: null },
        channel: 'unspecified',
        textKind: 'paraphrase',
        passage: { start, end: start + words.length, text: words },
        quotes: [],
        stance: 'urges-halt',
        explicitStance: false,
        positions: [{ dimension: 'end-fighting', value: 'takes', party: null }],
        addressees: ['azerbaijan'],
        rationale: 'Fictional: calls on Azerbaijan by name to halt, without condemning it.',
      },
    ],
  }
}
