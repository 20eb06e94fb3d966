import type { Span } from '../schemas/source'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'

export type StatementChange =
  | { kind: 'added'; id: string; actorId: string; passage: string }
  | { kind: 'removed'; id: string; actorId: string; passage: string }
  | { kind: 'merged'; id: string; actorId: string; passage: string; into: string }
  | { kind: 'reassigned'; id: string; actorId: string; passage: string; into: string }
  | {
      kind: 'recoded'
      id: string
      actorId: string
      fields: { field: string; from: string; to: string }[]
    }

export type StanceMove = {
  actorId: string
  /** False where only the way it is derived changed, not the stance. */
  moved: boolean
  from: string
  to: string
  /** The statements of this actor that changed, which together with the rule explain the move. */
  because: string[]
}

const inside = (span: Span, passages: readonly Span[]) =>
  passages.some((passage) => span.start >= passage.start && span.end <= passage.end)

const show = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0)
    ? 'none'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

// The fields a recoding can change, with how each is read for comparison.
const fields: [string, (statement: Statement) => unknown][] = [
  ['actor', (s) => s.actorId],
  ['speaker', (s) => s.speaker],
  ['office', (s) => s.office],
  ['date as written', (s) => s.date.asWritten],
  ['channel', (s) => s.channel],
  ['quote or paraphrase', (s) => s.textKind],
  ['passages', (s) => s.passages.map((passage) => passage.text)],
  ['quotes', (s) => s.quotes.map((quote) => quote.text)],
  ['stance', (s) => s.stance],
  ['explicit stance', (s) => (s.explicitStance ? 'yes' : 'no')],
  [
    'positions',
    (s) => s.positions.map((p) => `${p.dimension} ${p.value}${p.party ? ` ${p.party}` : ''}`),
  ],
  ['addressees', (s) => s.addressees],
]

/** What changed between two dataset versions, statement by statement. */
export function statementChanges(
  before: readonly Statement[],
  after: readonly Statement[],
): StatementChange[] {
  const afterById = new Map(after.map((statement) => [statement.id, statement]))
  const beforeIds = new Set(before.map((statement) => statement.id))
  const changes: StatementChange[] = []
  for (const old of before) {
    const now = afterById.get(old.id)
    if (!now) {
      // Its words now belong to another statement: of the same actor, merged; of another actor,
      // reassigned (a relayed act given to the actor whose act it is). Otherwise dropped.
      const host =
        after.find(
          (statement) =>
            statement.actorId === old.actorId && inside(old.passage, statement.passages),
        ) ?? after.find((statement) => inside(old.passage, statement.passages))
      changes.push(
        host
          ? {
              kind: host.actorId === old.actorId ? 'merged' : 'reassigned',
              id: old.id,
              actorId: old.actorId,
              passage: old.passage.text,
              into: host.id,
            }
          : { kind: 'removed', id: old.id, actorId: old.actorId, passage: old.passage.text },
      )
      continue
    }
    const changed = fields.flatMap(([field, read]) => {
      const from = show(read(old))
      const to = show(read(now))
      return from === to ? [] : [{ field, from, to }]
    })
    if (changed.length > 0)
      changes.push({ kind: 'recoded', id: old.id, actorId: old.actorId, fields: changed })
  }
  for (const now of after) {
    if (!beforeIds.has(now.id)) {
      changes.push({ kind: 'added', id: now.id, actorId: now.actorId, passage: now.passage.text })
    }
  }
  return changes
}

const stanceOf = (summary: StanceSummary) =>
  summary.stance ?? (summary.range ? `${summary.range.from} – ${summary.range.to}` : summary.status)

/** Which actors' derived stances moved, or were derived differently, and the statements behind it. */
export function stanceMoves(
  before: readonly StanceSummary[],
  after: readonly StanceSummary[],
  changes: readonly StatementChange[],
): StanceMove[] {
  return after.flatMap((now) => {
    const old = before.find((summary) => summary.actorId === now.actorId)
    if (!old) return []
    const from = `${stanceOf(old)} (${old.explanation})`
    const to = `${stanceOf(now)} (${now.explanation})`
    if (from === to) return []
    return [
      {
        actorId: now.actorId,
        moved: stanceOf(old) !== stanceOf(now),
        from,
        to,
        because: changes
          .filter((change) => change.actorId === now.actorId)
          .map((change) => change.id),
      },
    ]
  })
}
