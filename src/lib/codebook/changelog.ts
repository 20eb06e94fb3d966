import type { Span } from '../schemas/source'
import type { StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'

/** A field a recoding can change. */
export type RecodedField =
  | 'actor'
  | 'speaker'
  | 'office'
  | 'date as written'
  | 'channel'
  | 'quote or paraphrase'
  | 'passages'
  | 'quotes'
  | 'stance'
  | 'explicit stance'
  | 'positions'
  | 'addressees'

/**
 * One statement's change between two dataset versions. `statement` is as it was; `into` is the
 * statement its words now belong to, `now` the same statement as recoded.
 */
export type StatementChange =
  | { kind: 'added' | 'removed'; id: string; actorId: string; statement: Statement }
  | {
      kind: 'merged' | 'reassigned'
      id: string
      actorId: string
      statement: Statement
      into: Statement
    }
  | {
      kind: 'recoded'
      id: string
      actorId: string
      statement: Statement
      now: Statement
      fields: { field: RecodedField; from: string; to: string }[]
    }

export type StanceMove = {
  actorId: string
  /** False where only the way it is derived changed, not the stance. */
  moved: boolean
  before: StanceSummary
  after: StanceSummary
  /** The changes to this actor's statements, which together with the rule explain the move. */
  because: StatementChange[]
}

const inside = (span: Span, passages: readonly Span[]) =>
  passages.some((passage) => span.start >= passage.start && span.end <= passage.end)

// Only to tell whether a field changed: what a reader is shown is worded from the statements.
const show = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0)
    ? 'none'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

// The fields a recoding can change, with how each is read for comparison.
const fields: [RecodedField, (statement: Statement) => unknown][] = [
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
    const mark = { id: old.id, actorId: old.actorId, statement: old }
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
          ? { ...mark, kind: host.actorId === old.actorId ? 'merged' : 'reassigned', into: host }
          : { ...mark, kind: 'removed' },
      )
      continue
    }
    const changed = fields.flatMap(([field, read]) => {
      const from = show(read(old))
      const to = show(read(now))
      return from === to ? [] : [{ field, from, to }]
    })
    if (changed.length > 0) changes.push({ ...mark, kind: 'recoded', now, fields: changed })
  }
  for (const now of after) {
    if (!beforeIds.has(now.id))
      changes.push({ kind: 'added', id: now.id, actorId: now.actorId, statement: now })
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
    if (stanceOf(old) === stanceOf(now) && old.explanation === now.explanation) return []
    return [
      {
        actorId: now.actorId,
        moved: stanceOf(old) !== stanceOf(now),
        before: old,
        after: now,
        because: changes.filter((change) => change.actorId === now.actorId),
      },
    ]
  })
}
