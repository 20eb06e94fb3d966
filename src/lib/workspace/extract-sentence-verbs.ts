import type { Span } from '../schemas/source'
import { text } from './extract-text'
import { reportingVerbsIn, type FoundVerb } from './find-reporting-verbs'
import type { Quotation } from './quotation'

/** Verbs of a sentence that report speech: outside its quotations, not "what it called". */
export function verbsOf(sentence: Span, quotes: readonly Quotation[], from: number): FoundVerb[] {
  const words = text(sentence, from, sentence.end)
  const found = reportingVerbsIn(words)
  // "According to" names a speaker only where nothing else in the sentence does ("…, according to
  // Azerbaijan in Focus" names an outlet, after the verbs that report the act).
  const alone = found.every((verb) => verb.verb.lemma === 'according to')
  return found
    .filter((verb) => alone || verb.verb.lemma !== 'according to')
    .map((verb) => ({ ...verb, start: verb.start + from, end: verb.end + from }))
    .filter(
      (verb) =>
        !quotes.some((quote) => quote.open <= verb.start && verb.start <= quote.close) &&
        !/(?:\bwhat\s+(?:\S+\s+){0,2}|so-)$/iu.test(text(sentence, sentence.start, verb.start)),
    )
}
