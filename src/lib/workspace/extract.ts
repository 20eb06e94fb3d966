import type { StanceId } from '../vocabulary'
import type { Span } from '../schemas/source'
import { attribution, documentAuthors, lineSpeaker } from './extract-author'
import { relayedAct, relaysEarlierAct } from './extract-relay'
import {
  contentSuggestion,
  partySuggestion,
  verbSuggestion,
  type DraftEvent,
  type Suggestion,
} from './extract-stance'
import type { Context, SentenceParts } from './extract-parts'
import {
  conversationIn,
  introducePeople,
  introduceTitles,
  lastTitledIn,
  passiveAgent,
  openingActor,
  personBefore,
  withPeople,
} from './extract-people'
import { alignedWithAuthors } from './extract-align'
import { withoutNonStatements } from './extract-non-statements'
import { ownOffices } from './extract-offices'
import { speakersOf } from './extract-speakers'
import { turnLabel, turnSpeakers } from './extract-turns'
import { mentionFinder, quotesIn, sentences, text, type DraftActor } from './extract-text'
import { quotations } from './quotation'
import { verbsOf } from './extract-sentence-verbs'

/** A statement the extractor proposes; the analyst accepts, edits or rejects it. */
export type Draft = {
  id: string
  actorId: string
  actorName: string
  /** The sentence that reports the statement, and the next when it only quotes the same act. */
  passage: Span
  /** Quoted words inside the passage, without their quotation marks. */
  quotes: Span[]
  textKind: 'quote' | 'paraphrase'
  /** The reporting verb that triggered the suggestion, where it stands in the source. */
  trigger: Span
  stance: StanceId | null
  /** Why this stance is suggested, naming the words that led to it. */
  reason: string
  speaker: string | null
}

/** What the drafts read a source against: its event, the actors added for it, its outlet. */
export type DraftOptions = {
  event?: DraftEvent | null
  /** Actors the analyst added for the event, which the gazetteer lacks. */
  actors?: readonly DraftActor[]
}

/**
 * Proposes statements from a source: one draft per sentence and speaking actor, from each reporting
 * verb's subject, or from a post's account. The stance is read against the event the source is
 * filed under (its initiator, its action, its parties); without one, nothing is assumed of who
 * acted. A sentence that only quotes, right after a draft's sentence, joins that draft.
 */
export function extractDrafts(source: string, options: DraftOptions = {}): Draft[] {
  const event = options.event ?? null
  const find = mentionFinder(source, options.actors ?? [])
  const marks = quotations(source)
  const context: Context = {
    authors: [],
    lastSpeaker: null,
    lastTitled: null,
    recent: [],
    pair: [],
    talked: [],
    topic: null,
    people: new Map(),
    titles: new Map(),
  }
  const authors = documentAuthors(source, find)
  // What words are about also counts the people the source tied to an actor ("urged President Venn").
  const named = (words: string) => withPeople(find(words), words, context.people)
  const drafts: Draft[] = []
  let previous: Draft[] = []
  const turns = turnSpeakers()
  for (const sentence of sentences(source, marks)) {
    const quotes = marks.filter(
      (quote) => quote.open >= sentence.start && quote.open < sentence.end,
    )
    // A question asks; it reports no act of the one asking.
    if (/\?["”’»]?$/u.test(sentence.text)) continue
    const line = lineSpeaker(source, sentence.start, find, authors)
    const { textAt: postAt, account } = line
    const mentioned = find(sentence.text)
      .map((mention) => ({
        ...mention,
        start: sentence.start + mention.start,
        end: sentence.start + mention.end,
      }))
      // Quoted names, and accounts a post tags (@OSCE_HCNM), are spoken of, never speaking.
      .filter(
        (mention) =>
          source[mention.start - 1] !== '@' &&
          !quotes.some((quote) => quote.open <= mention.start && mention.start <= quote.close),
      )
    const mentions = ownOffices(mentioned, account, source)
    const verbs = verbsOf(sentence, quotes, postAt)
    const parts: SentenceParts = { sentence, quotes, mentions, verbs }
    introducePeople(parts, context.people as Map<string, DraftActor>)
    introduceTitles(parts, context.titles as Map<string, DraftActor>)
    const lineAt = source.lastIndexOf('\n', sentence.start - 1) + 1
    const turn = turnLabel(source.slice(lineAt, sentence.end))
    const label = turn?.label ?? null
    context.authors = turns.of(label) ? [turns.of(label) as DraftActor] : line.authors
    const found = new Map<string, { actor: DraftActor; suggestion: Suggestion; trigger: Span }>()
    let shared: DraftActor[] | null = null
    verbs.forEach((verb, index) => {
      const relay =
        verb.sense === 'says'
          ? relayedAct(source.slice(verb.end, sentence.end), verb.end, find, context.people)
          : null
      if (relay && verbs.some((other) => other.start === relay.verb.start)) return
      if (relaysEarlierAct(verb, index, parts)) return
      const act = relay?.verb ?? verb
      const speakers = relay ? [relay.actor] : speakersOf(verb, index, parts, shared, context)
      shared = speakers
      // What the verb reports runs to the next verb of the sentence, which says something else.
      const before = text(sentence, Math.max(sentence.start, postAt), verb.start)
      // A passive's or "according to"'s words come before it.
      const after =
        passiveAgent(verb, before, parts) || verb.verb.lemma === 'according to'
          ? before
          : source.slice(act.end, verbs[index + 1]?.start ?? sentence.end)
      const person = personBefore(sentence, verb.start)?.split(' ').at(-1)
      if (person && speakers.length === 1 && speakers[0] && !context.people.has(person))
        (context.people as Map<string, DraftActor>).set(person, speakers[0])
      // A verb that follows the words it reports ("Calvenia had the right …, a spokesman told
      // reporters") reports the clause before it too.
      const tag = /,["”’'»]?\s+[^,]*$/u.exec(before)?.index ?? -1
      const reported =
        index === 0 && !relay && act.sense === 'says' && tag > 0 ? `${before.slice(0, tag)} ` : ''
      const content =
        act.sense === 'says'
          ? // The quotations before the verb ("“…,” the ministry said") are what it reports too.
            [
              reported,
              after,
              ...quotes.filter((quote) => quote.close < verb.start).map((quote) => quote.text),
            ]
              .join(' ')
              .trim()
          : `${reported}${after}`
      const suggestion = verbSuggestion(act.sense, act.text, content, event, named)
      const trigger = { start: act.start, end: act.end, text: act.text }
      for (const actor of speakers) {
        const held = found.get(actor.id)
        // One statement that singles the initiator out and also speaks to all sides is rank 3
        // (docs/codebook.md, "A call on all sides: a rank and an addressee").
        const singles =
          held?.suggestion.stance === 'calls-on-all-sides' && suggestion.stance === 'urges-halt'
        const keeps =
          held?.suggestion.stance === 'urges-halt' && suggestion.stance === 'calls-on-all-sides'
        if (!held || singles || (!keeps && suggestion.weight > held.suggestion.weight))
          found.set(actor.id, { actor, suggestion, trigger })
      }
    })
    // A post, a bullet, or words with no verb given to whoever a colon before them or a dash after
    // them names: "Germany's Foreign Office chose plainer words: “…”", "“…” — Chile's minister".
    const intro = !account && verbs.length === 0 ? attribution(sentence.text) : null
    const introduced = intro ? find(sentence.text.slice(...intro.by)) : []
    const speaker = account ?? (introduced.find((mention) => !mention.weak) ?? introduced[0])?.entry
    if (speaker && found.size === 0) {
      const [from, to] = intro?.by ?? [0, postAt - sentence.start]
      const [wordsAt, wordsEnd] = intro?.said ?? [postAt - sentence.start, sentence.text.length]
      const said = sentence.text.slice(wordsAt, wordsEnd)
      const by = sentence.text.slice(from, to)
      const trigger = { start: sentence.start + from, end: sentence.start + to, text: by }
      found.set(speaker.id, {
        actor: speaker,
        suggestion: contentSuggestion('posted', said, event, named),
        trigger,
      })
    }
    const sentenceQuotes = quotesIn(sentence, quotes)
    if (
      found.size === 0 &&
      verbs.length === 0 &&
      /^["“'‘«„]/u.test(sentence.text) &&
      previous.length === 1
    ) {
      const draft = previous[0] as Draft
      joinQuotation(draft, sentence, sentenceQuotes, source)
      // The quotation may take the stance its reporting sentence did not.
      const words = sentenceQuotes.map((quote) => quote.text).join(' ')
      const read = contentSuggestion(draft.trigger.text, words, event, named)
      if (draft.stance === null && read.stance && !event?.parties?.includes(draft.actorId))
        Object.assign(draft, { stance: read.stance, reason: read.reason })
      continue
    }
    previous = []
    for (const { actor, suggestion, trigger } of found.values()) {
      // A headline printed twice is one mention: the same words of the same actor are drafted once.
      if (drafts.some((held) => held.actorId === actor.id && held.passage.text === sentence.text))
        continue
      const { stance, reason } = event?.parties?.includes(actor.id)
        ? partySuggestion(actor)
        : suggestion
      const draft: Draft = {
        id: `draft-${sentence.start}-${actor.id}`,
        actorId: actor.id,
        actorName: actor.name,
        passage: sentence,
        quotes: sentenceQuotes,
        textKind: sentenceQuotes.length > 0 ? 'quote' : 'paraphrase',
        trigger,
        stance,
        reason,
        speaker: personBefore(sentence, trigger.start),
      }
      drafts.push(draft)
      previous.push(draft)
      context.lastSpeaker = actor
      context.recent = [...context.recent.filter((held) => held.id !== actor.id), actor]
    }
    turns.learn(label, lineAt + (turn?.textAt ?? 0), previous, mentions)
    if (found.size > 0) context.group = [...found.values()].map((held) => held.actor)
    const talked = conversationIn(parts)
    context.pair = talked ?? context.pair
    context.talked = talked ?? []
    context.topic = openingActor(parts)
    const titled = lastTitledIn(parts)
    if (titled) context.lastTitled = titled
  }
  return alignedWithAuthors(withoutNonStatements(drafts, source, find), authors)
}

/** A sentence that only quotes joins the draft before it: its passage runs on, its quotes are added. */
function joinQuotation(draft: Draft, sentence: Span, quotes: Span[], source: string) {
  const start = draft.passage.start
  draft.passage = { start, end: sentence.end, text: source.slice(start, sentence.end) }
  draft.quotes = [...draft.quotes, ...quotes]
  draft.textKind = draft.quotes.length > 0 ? 'quote' : 'paraphrase'
}
