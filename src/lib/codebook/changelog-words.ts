import { channelLabels, positionLabel, type CodebookLabels } from '../labels'
import type { Statement } from '../schemas/statement'
import type { Channel } from '../vocabulary'
import type { RecodedField, StatementChange } from './changelog'
import { inSentence } from './code-words'
import { ended, opening, passageWords } from './passage-words'

/** What a sentence about a change needs: the codebook's words and the actors' names. */
export type ChangeWords = { labels: CodebookLabels; actorName: (id: string) => string }

const channelWords = (channel: Channel) =>
  channel === 'unspecified' ? 'not stated' : inSentence(channelLabels[channel])

/** "now X, before Y", with "none" for a value left out. */
const nowBefore = (now: string | null, before: string | null) =>
  `now ${now ?? 'none'}, before ${before ?? 'none'}`

const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

const punctuationNames: Record<string, string> = {
  '.': 'full stop',
  ',': 'comma',
  '”': 'closing quotation mark',
  '.”': 'full stop and closing quotation mark',
}

function passagesChange(old: Statement, now: Statement): string {
  const [oldFirst, ...oldLater] = old.passages.map((passage) => passage.text)
  const [newFirst, ...newLater] = now.passages.map((passage) => passage.text)
  const parts: string[] = []
  if (oldFirst !== undefined && newFirst !== undefined && oldFirst !== newFirst) {
    const added = newFirst.startsWith(oldFirst)
      ? newFirst.slice(oldFirst.length).replace(/^[\s,;:]+/, '')
      : null
    parts.push(
      added !== null && /^[\p{P}\s]+$/u.test(added)
        ? `its passage now takes in the ${punctuationNames[added.trim()] ?? 'punctuation'} that ends it`
        : added !== null
          ? `its passage now runs on with ${passageWords(added.trim())}`
          : `its passage now reads ${passageWords(newFirst)}, before ${passageWords(oldFirst)}`,
    )
  }
  for (const text of newLater.filter((text) => !oldLater.includes(text)))
    parts.push(`a later mention in the article is now counted as part of it: ${passageWords(text)}`)
  for (const text of oldLater.filter((text) => !newLater.includes(text)))
    parts.push(`the mention ${passageWords(text)} is no longer counted as part of it`)
  return parts.join('; ')
}

function quotesChange(old: Statement, now: Statement): string {
  const was = old.quotes.map((quote) => quote.text)
  const is = now.quotes.map((quote) => quote.text)
  const added = is.filter((text) => !was.includes(text)).map((text) => `“${text}”`)
  const dropped = was.filter((text) => !is.includes(text)).map((text) => `“${text}”`)
  return [
    added.length > 0 &&
      `${added.length === 1 ? 'a quotation is' : 'quotations are'} now recorded: ${listed(added)}`,
    dropped.length > 0 && `no longer recorded as a quotation: ${listed(dropped)}`,
  ]
    .filter(Boolean)
    .join('; ')
}

/** One recoded field in words, read from the statement before and after. */
function fieldChange(field: RecodedField, old: Statement, now: Statement, words: ChangeWords) {
  const { labels, actorName } = words
  const stance = (statement: Statement) =>
    statement.stance ? inSentence(labels.stance(statement.stance)) : 'no stance'
  const positions = (statement: Statement) =>
    statement.positions.map((position) =>
      positionLabel(
        { ...position, parties: position.party ? [position.party] : [] },
        labels,
        actorName,
      ),
    )
  const addressees = (statement: Statement) =>
    statement.addressees.length === 0
      ? 'no one'
      : listed(statement.addressees.map((id) => (id === 'all-sides' ? 'all sides' : actorName(id))))
  switch (field) {
    case 'actor':
      return `now coded as a statement of ${actorName(now.actorId)}, before of ${actorName(old.actorId)}`
    case 'speaker':
      return `the speaker: ${nowBefore(now.speaker, old.speaker)}`
    case 'office':
      return `the office: ${nowBefore(now.office, old.office)}`
    case 'date as written':
      return `the words that date it: ${nowBefore(now.date.asWritten, old.date.asWritten)}`
    case 'channel':
      return `the channel: ${nowBefore(channelWords(now.channel), channelWords(old.channel))}`
    case 'quote or paraphrase':
      return now.textKind === 'quote'
        ? 'now a quote, before a paraphrase'
        : 'now a paraphrase, before a quote'
    case 'passages':
      return passagesChange(old, now)
    case 'quotes':
      return quotesChange(old, now)
    case 'stance':
      return `its stance: ${nowBefore(stance(now), stance(old))}`
    case 'explicit stance':
      return now.explicitStance
        ? 'the article is now read as naming its stance explicitly, which makes it decisive'
        : 'the article is no longer read as naming its stance explicitly'
    case 'positions': {
      const was = positions(old)
      const is = positions(now)
      const added = is.filter((label) => !was.includes(label))
      const dropped = was.filter((label) => !is.includes(label))
      return [
        added.length > 0 && `positions added: ${listed(added)}`,
        dropped.length > 0 && `positions dropped: ${listed(dropped)}`,
      ]
        .filter(Boolean)
        .join('; ')
    }
    case 'addressees':
      return `addressed to: ${nowBefore(addressees(now), addressees(old))}`
  }
}

/** A statement named in a sentence by its opening words, never by its id. */
const statementBeginning = (statement: Statement) =>
  `statement that begins “${opening(statement.passage.text)}”`

/** One statement's change between two dataset versions, in a sentence. */
export function describeStatementChange(change: StatementChange, words: ChangeWords): string {
  const who = words.actorName(change.actorId)
  const text = change.statement.passage.text
  switch (change.kind) {
    case 'added':
      return ended(`${who}: a new statement, from ${passageWords(text)}`)
    case 'removed':
      return `${who}: the statement from ${passageWords(text)} is no longer coded.`
    case 'merged':
      return `${who}: the statement from ${passageWords(text)} is no longer one of its own; it is now part of its ${statementBeginning(change.into)}, as one act of speech.`
    case 'reassigned':
      return `${who}: the statement from ${passageWords(text)} is now coded as a statement of ${words.actorName(change.into.actorId)}, the actor whose act it reports, not of ${who}.`
    case 'recoded': {
      const fields = change.fields
        .map((item) => fieldChange(item.field, change.statement, change.now, words))
        .filter(Boolean)
      return ended(`${who}, the ${statementBeginning(change.statement)}: ${fields.join('; ')}`)
    }
  }
}
