import type { Draft } from './extract'

type Coded = { id: string; actorId: string; passage: { start: number; end: number } }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

/**
 * How well suggestions find coded statements: a suggestion finds a statement when it names the
 * same actor and its passage overlaps the statement's. Recall counts statements found; precision
 * counts suggestions that found one.
 */
export function scoreDrafts(drafts: readonly Draft[], coded: readonly Coded[]) {
  const matches = (draft: Draft, statement: Coded) =>
    draft.actorId === statement.actorId && overlaps(draft.passage, statement.passage)
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
