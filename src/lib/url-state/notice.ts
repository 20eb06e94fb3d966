import type { UrlProblem } from './parameters'

/** At most this many values of the link are quoted back; the rest are only counted. */
export const maxQuoted = 3
/** A quoted value is cut to this many characters. */
export const maxQuotedLength = 24

export type UrlNoticeSummary = {
  /** How many values of the link were left out, in all. */
  total: number
  /** Per parameter, in the link's order: its name and how many of its values were left out. */
  parameters: { parameter: string; count: number }[]
  /** A few of the values, cut short, with why each was dropped, to be shown as the link's text. */
  quoted: { parameter: string; value: string; reason: string }[]
}

const cut = (text: string) =>
  text.length > maxQuotedLength ? `${text.slice(0, maxQuotedLength - 1)}…` : text

/**
 * A bounded account of what a link held that could not be used: counts per parameter and a few
 * short samples, whatever the link's size. Parameter names are the link's too, so they are cut.
 */
export function summariseProblems(problems: readonly UrlProblem[]): UrlNoticeSummary {
  const counts = new Map<string, number>()
  for (const problem of problems)
    counts.set(problem.parameter, (counts.get(problem.parameter) ?? 0) + 1)
  const parameters = [...counts].map(([parameter, count]) => ({ parameter: cut(parameter), count }))
  const quoted = problems.slice(0, maxQuoted).map((problem) => ({
    parameter: cut(problem.parameter),
    value: cut(problem.value),
    reason: problem.reason,
  }))
  return { total: problems.length, parameters: parameters.slice(0, 8), quoted }
}
