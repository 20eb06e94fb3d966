import type {
  SourceVersion,
  WorkspaceData,
  WorkspaceStatement,
} from '../../src/lib/workspace/records'

/** A plainly fictional source, written for the tests. */
export const fictionalText =
  'Freedonia’s foreign minister, Rufus T. Firefly, said on Monday morning: “We stand with Sylvania.” Moscow urged both sides to show restraint. 🌍 Türkiye’s President Erdoğan welcomed the talks.'

export function sourceVersion(overrides: Partial<SourceVersion> = {}): SourceVersion {
  return {
    id: 'freedonia-gazette',
    version: 1,
    title: 'Freedonia Gazette, a fictional paper',
    outlet: 'Freedonia Gazette',
    published: '2026-01-05',
    url: 'https://example.org/freedonia',
    language: 'en',
    text: fictionalText,
    eventId: null,
    addedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  }
}

export function statementAt(
  words: string,
  overrides: Partial<WorkspaceStatement> = {},
  text = fictionalText,
): WorkspaceStatement {
  const start = text.indexOf(words)
  if (start === -1) throw new Error(`"${words}" is not in the test source`)
  return {
    id: 'moscow-urges',
    actorId: 'russia',
    sourceId: 'freedonia-gazette',
    sourceVersion: 1,
    speaker: null,
    office: null,
    date: { asWritten: null, earliest: null, latest: null, partOfDay: null },
    channel: 'unspecified',
    textKind: 'paraphrase',
    passage: { start, end: start + words.length, text: words },
    quotes: [],
    stance: 'calls-on-all-sides',
    positions: [],
    addressees: ['all-sides'],
    rationale: 'Urges both sides.',
    ...overrides,
  }
}

/**
 * A workspace with the fictional source filed under `eventId` and one statement by Japan, a new
 * actor: "We stand with Sylvania.", taking `stance`.
 */
export const japanWorkspace = (
  eventId: string,
  stance: 'supports' | 'condemns' = 'condemns',
): WorkspaceData => ({
  events: [],
  sources: [sourceVersion({ eventId })],
  actors: [],
  statements: [
    statementAt('We stand with Sylvania.', {
      id: 'japan-stands',
      actorId: 'japan',
      stance,
      explicitStance: true,
      addressees: [],
    }),
  ],
})
