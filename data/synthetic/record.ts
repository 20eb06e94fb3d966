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
  /** The words in the passage that date it ("on 20 September 2023"); null for a range of days. */
  dated: string | null
  /** Spoken by one of the event's own sides, which are not placed on the stance scale. */
  byParty: boolean
  stancePhrase: string
  dimensionPhrases: string[]
  quote: string | null
}

/** The statement's passage, and where its quotation sits inside it. */
export function composePassage(draft: StatementDraft): { text: string; quoteAt: number | null } {
  // Written piece by piece and joined once: the passage is one flat string, not a tree of the
  // pieces, which at a hundred thousand statements is memory and collection time.
  const pieces = [syntheticMark, ' ']
  if (draft.speaker) pieces.push(draft.speaker, ', ', draft.office, ',')
  else pieces.push('The ', draft.office)
  if (draft.dated) pieces.push(' ', draft.dated)
  pieces.push(' ', draft.stancePhrase)
  // "a", "a and b", "a, b and c": the stance and its positions with one "and".
  const rest = draft.dimensionPhrases
  rest.forEach((phrase, index) => pieces.push(index === rest.length - 1 ? ' and ' : ', ', phrase))
  if (!draft.quote) {
    pieces.push('.')
    return { text: pieces.join(''), quoteAt: null }
  }
  pieces.push(', saying “')
  const quoteAt = pieces.reduce((length, piece) => length + piece.length, 0)
  pieces.push(draft.quote, '”.')
  return { text: pieces.join(''), quoteAt }
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
      asWritten: draft.dated,
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
    rationale: draft.byParty
      ? 'Synthetic record: the speaker is a party to the event, so it is coded no stance.'
      : `Synthetic record: coded ${draft.stance ?? 'no stance'} by the generator's template.`,
    synthetic: true,
  }
}
