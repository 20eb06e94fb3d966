import type { Span } from '../schemas/source'
import type { DraftActor, Mention } from './extract-text'
import type { FoundVerb } from './find-reporting-verbs'
import type { Quotation } from './quotation'

/** What a sentence's speakers are read from: its words, quotations, named actors and verbs. */
export type SentenceParts = {
  sentence: Span
  quotes: readonly Quotation[]
  /** Actors named outside the sentence's quotations, at offsets of the whole source. */
  mentions: readonly Mention[]
  verbs: readonly FoundVerb[]
}

/** Who else a sentence's pronouns and plain titles can stand for. */
export type Context = {
  /** The actors whose own document or line this is (a press release, a readout, a post's account). */
  authors: readonly DraftActor[]
  /** The actor who last spoke, and one a title last named ("the Secretary-General"). */
  lastSpeaker: DraftActor | null
  lastTitled: DraftActor | null
  /** The last speakers, each once, the latest last: whom "both" stands for. */
  recent: readonly DraftActor[]
  /** Two actors a sentence said talked with each other. */
  pair: readonly DraftActor[]
  /** The two the sentence before said talked, whom its "they" stands for; else none. */
  talked: readonly DraftActor[]
  /** The speakers of the last sentence that had any, whom a later "they" or "the three organisations" stands for. */
  group?: readonly DraftActor[]
  /** The actor the sentence before opened with, whom a plain title right after stands for. */
  topic: DraftActor | null
  people: ReadonlyMap<string, DraftActor>
  /** Titles a source gave an actor ("Tarvena’s Foreign Minister"), whom "the Minister" then stands for. */
  titles: ReadonlyMap<string, DraftActor>
}
