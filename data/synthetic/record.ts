import type { StanceId } from '../../src/lib/vocabulary'
import type { Position, Statement } from '../../src/lib/schemas/statement'
import type { Channel } from '../../src/lib/vocabulary'
import { syntheticMark } from './templates'

export type SyntheticStatement = Statement & { synthetic: true }

export type DatePrecision = 'day' | 'time' | 'part-of-day' | 'range'

/** Everything drawn for one statement, before its words are placed in its event's source. */
export type StatementDraft = {
  id: string
  actorId: string
  speaker: string | null
  office: string
  channel: Channel
  stance: StanceId | null
  positions: Position[]
  addressees: string[]
  earliest: string
  latest: string
  precision: DatePrecision
  time: string | null
  partOfDay: string | null
  stancePhrase: string
  dimensionPhrases: string[]
  quote: string | null
}

/** The statement's passage, and where its quotation sits inside it. */
export function composePassage(draft: StatementDraft): { text: string; quoteAt: number | null } {
  const voice = draft.speaker ? `${draft.speaker}, ${draft.office},` : `The ${draft.office}`
  const clauses = [draft.stancePhrase, ...draft.dimensionPhrases].join(', and ')
  const head = `${syntheticMark} ${voice} ${clauses}`
  if (!draft.quote) return { text: `${head}.`, quoteAt: null }
  const lead = `${head}, saying “`
  return { text: `${lead}${draft.quote}”.`, quoteAt: lead.length }
}

const bases: Record<DatePrecision, string> = {
  day: 'Synthetic: dated to the day.',
  time: 'Synthetic: dated to the day, with the local time.',
  'part-of-day': 'Synthetic: dated to part of a day.',
  range: 'Synthetic: dated only to a range of days.',
}

/**
 * Builds one record in the article's statement shape. Every field is set here and nowhere else,
 * so a change to the statement schema is one edit.
 */
export function syntheticStatement(
  draft: StatementDraft,
  sourceId: string,
  passageStart: number,
  passage: { text: string; quoteAt: number | null },
): SyntheticStatement {
  const quotes =
    draft.quote && passage.quoteAt !== null
      ? [
          {
            start: passageStart + passage.quoteAt,
            end: passageStart + passage.quoteAt + draft.quote.length,
            text: draft.quote,
          },
        ]
      : []
  const span = { start: passageStart, end: passageStart + passage.text.length, text: passage.text }
  return {
    id: draft.id,
    actorId: draft.actorId,
    sourceId,
    speaker: draft.speaker,
    office: draft.office,
    date: {
      earliest: draft.earliest,
      latest: draft.latest,
      time: draft.time,
      asWritten: draft.partOfDay ? `${draft.partOfDay} of ${draft.earliest}` : null,
      basis: bases[draft.precision],
    },
    channel: draft.channel,
    textKind: quotes.length > 0 ? 'quote' : 'paraphrase',
    passage: span,
    passages: [span],
    quotes,
    stance: draft.stance,
    // The templates word support and condemnation as explicit acts ("expressed support for",
    // "condemned"), as codebook 2 defines them; calls to halt or to talk are not.
    explicitStance: draft.stance === 'supports' || draft.stance === 'condemns',
    positions: draft.positions,
    addressees: draft.addressees,
    rationale: `Synthetic record: coded ${draft.stance ?? 'no stance'} by the generator's template.`,
    synthetic: true,
  }
}
