import { stanceIds } from '../vocabulary'
import type { StanceSummary } from '../schemas/stance-summary'
import type { StanceMove } from './changelog'
import type { ChangeWords } from './changelog-words'
import { inSentence } from './code-words'

const statements = (count: number) => (count === 1 ? 'one statement' : `${count} statements`)

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** An actor's derived stance in a sentence: "supports the operation", "mixed, between … and …". */
export function stanceWords(summary: StanceSummary, words: ChangeWords): string {
  const label = (id: Parameters<ChangeWords['labels']['stance']>[0]) =>
    inSentence(words.labels.stance(id))
  if (summary.stance) return label(summary.stance)
  if (summary.range)
    return `mixed, between ${label(summary.range.from)} and ${label(summary.range.to)}`
  return summary.status === 'party' ? 'not placed, as a party to the conflict' : 'no stance'
}

/** "2 coded supports the operation and 1 coded calls on all sides", in the scale's order. */
function counts(summary: StanceSummary, words: ChangeWords): string {
  const parts = stanceIds
    .filter((id) => summary.stanceCounts[id] > 0)
    .map((id) => `${summary.stanceCounts[id]} coded ${inSentence(words.labels.stance(id))}`)
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** Which step of the rule placed the stance, and on which statements, in words. */
export function derivationWords(summary: StanceSummary, words: ChangeWords): string {
  const n = summary.basedOn
  const withStance = Object.values(summary.stanceCounts).reduce((total, count) => total + count, 0)
  const ofThem =
    n === 1
      ? 'of its one statement with a stance'
      : `of its ${n} statements with a stance (${counts(summary, words)})`
  if (summary.status === 'party') return 'not placed: a party to the conflict'
  if (summary.status === 'none') return 'not placed: none of its statements takes a stance'
  if (summary.basis === 'decisive') {
    if (summary.status === 'mixed')
      return `mixed, because its ${n} explicit statements disagree (${counts(summary, words)})`
    const others = withStance - n
    return `decisive: ${statements(n)} ${n === 1 ? 'states' : 'state'} it explicitly${
      others > 0
        ? `, and ${statements(others)} more with a stance ${others === 1 ? 'does' : 'do'} not change it`
        : ''
    }`
  }
  if (summary.status === 'mixed')
    return `mixed: its ${n} statements with a stance (${counts(summary, words)}) have no single stance in the middle`
  return summary.basis === 'most-frequent'
    ? `the most frequent stance ${ofThem}`
    : `the median ${ofThem}`
}

/** One actor's stance between two dataset versions, in sentences. */
export function describeStanceMove(move: StanceMove, words: ChangeWords): string {
  const who = words.actorName(move.actorId)
  const stance = move.moved
    ? `now ${stanceWords(move.after, words)}, before ${stanceWords(move.before, words)}`
    : `still ${stanceWords(move.after, words)}`
  const changed = move.because.length
  return `${who}: ${stance}. Before, ${derivationWords(move.before, words)}; now, ${derivationWords(move.after, words)}.${
    changed > 0
      ? ` ${capital(statements(changed))} of ${who} changed, as listed under Statements.`
      : ''
  }`
}
