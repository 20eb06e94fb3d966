import type { Draft } from './extract'

type Span = { start: number; end: number }
/** A coded statement: its first passage, and any later mentions of the same act. */
type Coded = { id: string; actorId: string; passage: Span; passages?: readonly Span[] }

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/**
 * How well suggestions find coded statements: a suggestion finds a statement when it names the
 * same actor and its passage overlaps one of the statement's passages. Recall counts statements found; precision
 * counts suggestions that found one.
 */
export function scoreDrafts(drafts: readonly Draft[], coded: readonly Coded[]) {
  const matches = (draft: Draft, statement: Coded) =>
    draft.actorId === statement.actorId &&
    (statement.passages ?? [statement.passage]).some((passage) => overlaps(draft.passage, passage))
  const found = coded.filter((statement) => drafts.some((draft) => matches(draft, statement)))
  const useful = drafts.filter((draft) => coded.some((statement) => matches(draft, statement)))
  return {
    recall: coded.length ? found.length / coded.length : 0,
    precision: drafts.length ? useful.length / drafts.length : 0,
    found: found.length,
    coded: coded.length,
    useful: useful.length,
    suggested: drafts.length,
    missed: coded.filter((statement) => !found.includes(statement)).map((s) => s.id),
  }
}
