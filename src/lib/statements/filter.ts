import type { Actor } from '../schemas/actor'
import type { Statement } from '../schemas/statement'
import type { StatementQuery } from '../schemas/statement-query'

/** Folds case and diacritics, so "turkiye" finds "Türkiye" and "erdogan" finds "Erdoğan". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase()
}

/** The text a full-text search looks through: the words, the speaker, the office and the actor. */
export function searchableText(statement: Statement, actor: Actor | undefined): string {
  return foldText(
    [
      statement.passage.text,
      ...statement.quotes.map((quote) => quote.text),
      statement.speaker ?? '',
      statement.office ?? '',
      actor?.name ?? '',
      actor?.shortName ?? '',
    ].join('\n'),
  )
}

/** Any chosen value within one filter matches; every filter given must match. */
export function matchesStatementQuery(
  statement: Statement,
  query: StatementQuery,
  actor: Actor | undefined,
): boolean {
  const { actor: actorIds, stance, dimension, channel, from, to, q } = query
  if (actorIds?.length && !actorIds.includes(statement.actorId)) return false
  if (stance?.length && (statement.stance === null || !stance.includes(statement.stance)))
    return false
  if (
    dimension?.length &&
    !statement.positions.some(
      (position) => position.value === 'takes' && dimension.includes(position.dimension),
    )
  )
    return false
  if (channel?.length && !channel.includes(statement.channel)) return false
  // A statement dated to a range matches when the range overlaps the one asked for.
  if (from && statement.date.latest < from) return false
  if (to && statement.date.earliest > to) return false
  if (q) {
    const haystack = searchableText(statement, actor)
    const words = foldText(q).split(/\s+/).filter(Boolean)
    if (!words.every((word) => haystack.includes(word))) return false
  }
  return true
}

export function compareStatements(a: Statement, b: Statement): number {
  return a.date.earliest.localeCompare(b.date.earliest) || a.passage.start - b.passage.start
}
