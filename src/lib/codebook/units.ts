import type { CodedStatement, Coding } from './coding'

type Span = { start: number; end: number }
/** A coded statement with where its passages sit in the article, further passages included. */
export type Placed = { statement: CodedStatement; spans: Span[] }

/**
 * A unit of the comparison: one actor's act as either coder found it. `a` or `b` is null where
 * that coder did not code it, which counts as a disagreement on every field.
 */
export type Unit = { a: CodedStatement | null; b: CodedStatement | null }

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/**
 * Places each statement of a coding by finding its passages in the article. Words printed twice
 * (the headline) are taken at their first printing, as the codebook's rule on second mentions says.
 */
export function placeCoding(coding: Coding, article: string): Placed[] {
  return coding.statements.map((statement) => ({
    statement,
    spans: [statement.passage, ...statement.furtherPassages].flatMap((words) => {
      const start = article.indexOf(words)
      return start === -1 ? [] : [{ start, end: start + words.length }]
    }),
  }))
}

/**
 * Pairs the two codings' statements into units by the words they rest on, the same actor first
 * (so "A, B and C condemned" pairs actor by actor, and an act the coders gave to different actors
 * still pairs, as a disagreement on the actor). A statement left without a partner is a unit
 * found by one coder only. Units keep the article's order.
 */
export function alignUnits(a: readonly Placed[], b: readonly Placed[]): Unit[] {
  const candidates = a.flatMap((left, i) =>
    b.flatMap((right, j) => {
      const shared = Math.max(
        0,
        ...left.spans.flatMap((x) => right.spans.map((y) => overlap(x, y))),
      )
      const sameActor = left.statement.actorId === right.statement.actorId
      return shared > 0 ? [{ i, j, score: (sameActor ? 1e6 : 0) + shared }] : []
    }),
  )
  candidates.sort((x, y) => y.score - x.score)
  const partnerOfA = new Map<number, number>()
  const usedB = new Set<number>()
  for (const { i, j } of candidates) {
    if (partnerOfA.has(i) || usedB.has(j)) continue
    partnerOfA.set(i, j)
    usedB.add(j)
  }
  const start = (placed: Placed) => Math.min(...placed.spans.map((span) => span.start))
  const units = [
    ...a.map((left, i) => {
      const j = partnerOfA.get(i)
      const right = j === undefined ? undefined : b[j]
      return { at: start(left), unit: { a: left.statement, b: right?.statement ?? null } }
    }),
    ...b.flatMap((right, j) =>
      usedB.has(j) ? [] : [{ at: start(right), unit: { a: null, b: right.statement } }],
    ),
  ]
  // A stable sort keeps the first coder's order among units that start at the same words.
  return units.sort((x, y) => x.at - y.at).map((entry) => entry.unit)
}
