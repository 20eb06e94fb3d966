import * as z from 'zod/mini'
import { dimensionIds, stanceIds } from '../vocabulary'
import type { CodedStatement, Coding } from './coding'
import { krippendorffAlpha } from './krippendorff'

type Span = { start: number; end: number }
/** A coded statement with where its passages sit in the article (the first coder's further mentions too). */
export type Placed = { statement: CodedStatement; spans: Span[] }

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))

/** Places each statement of a coding by finding its passage in the article. */
export function placeCoding(coding: Coding, article: string): Placed[] {
  return coding.statements.map((statement) => {
    const start = article.indexOf(statement.passage)
    return {
      statement,
      spans: start === -1 ? [] : [{ start, end: start + statement.passage.length }],
    }
  })
}

/**
 * Pairs the two codings' units by passage overlap, the same actor first (so "A, B and C condemned"
 * pairs actor by actor). A unit left without a partner was found by one coder only.
 */
export function alignUnits(a: readonly Placed[], b: readonly Placed[]) {
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
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: { a: Placed; b: Placed }[] = []
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue
    usedA.add(i)
    usedB.add(j)
    const left = a[i]
    const right = b[j]
    if (left && right) pairs.push({ a: left, b: right })
  }
  return {
    pairs,
    onlyA: a.filter((_, i) => !usedA.has(i)),
    onlyB: b.filter((_, j) => !usedB.has(j)),
  }
}

type Field = {
  id: string
  label: string
  value: (statement: CodedStatement) => string | null
  level?: 'nominal' | 'ordinal'
}

const list = (values: readonly string[]) => [...values].sort().join(', ')
const dimensionValue = (statement: CodedStatement, dimension: string) =>
  statement.positions
    .filter((position) => position.dimension === dimension)
    .map((position) => `${position.value}${position.party ? ` ${position.party}` : ''}`)
    .join(', ') || 'none'

export const reliabilityFields: Field[] = [
  { id: 'actor', label: 'Actor', value: (s) => s.actorId, level: 'nominal' },
  { id: 'stance', label: 'Stance (nominal)', value: (s) => s.stance ?? 'none', level: 'nominal' },
  { id: 'stance-scale', label: 'Stance (ordinal scale)', value: (s) => s.stance, level: 'ordinal' },
  ...dimensionIds.map((dimension) => ({
    id: `dimension:${dimension}`,
    label: `Dimension: ${dimension}`,
    value: (s: CodedStatement) => dimensionValue(s, dimension),
    level: 'nominal' as const,
  })),
  { id: 'addressees', label: 'Addressees', value: (s) => list(s.addressees) || 'none' },
  { id: 'channel', label: 'Channel', value: (s) => s.channel },
  { id: 'date', label: 'Date as written', value: (s) => s.dateAsWritten ?? 'none' },
  { id: 'speaker', label: 'Speaker', value: (s) => s.speaker ?? 'none' },
  { id: 'office', label: 'Office', value: (s) => s.office ?? 'none' },
  { id: 'quotes', label: 'Quotes', value: (s) => list(s.quotes) || 'none' },
]

export const reliabilitySchema = z.object({
  coders: z.tuple([z.string(), z.string()]),
  codebookVersion: z.string(),
  units: z.int(),
  matched: z.int(),
  fields: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      /** Share of the units both coders found on which they agree, 0 to 1. */
      agreement: z.number(),
      /** Krippendorff's alpha where the field is on a scale; null where undefined (no variation). */
      alpha: z.nullable(z.number()),
      level: z.nullable(z.enum(['nominal', 'ordinal'])),
    }),
  ),
  disagreements: z.array(
    z.object({
      key: z.string(),
      unit: z.string(),
      field: z.string(),
      a: z.string(),
      b: z.string(),
      resolution: z.nullable(z.string()),
    }),
  ),
})
export type Reliability = z.infer<typeof reliabilitySchema>

/** A disagreement's stable name, for its resolution note: the unit's first words and the field. */
export const disagreementKey = (passage: string, field: string) =>
  `${passage.slice(0, 48)}|${field}`

/** Agreement and alpha per field, and every disagreement with its resolution note if written. */
export function measureReliability(
  a: { coder: string; placed: readonly Placed[] },
  b: { coder: string; placed: readonly Placed[] },
  codebookVersion: string,
  resolutions: Readonly<Record<string, string>>,
): Reliability {
  const { pairs, onlyA, onlyB } = alignUnits(a.placed, b.placed)
  const disagreements: Reliability['disagreements'] = []
  const note = (key: string) => resolutions[key] ?? null
  for (const [only, coder, absent] of [
    [onlyA, a.coder, b.coder],
    [onlyB, b.coder, a.coder],
  ] as const) {
    for (const { statement } of only) {
      const key = disagreementKey(statement.passage, 'is a statement')
      disagreements.push({
        key,
        unit: `${statement.actorId}: ${statement.passage}`,
        field: 'Is this a statement?',
        a: coder === a.coder ? 'yes' : `not coded by ${absent}`,
        b: coder === b.coder ? 'yes' : `not coded by ${absent}`,
        resolution: note(key),
      })
    }
  }
  const fields = reliabilityFields.map((field) => {
    let same = 0
    for (const pair of pairs) {
      const left = field.value(pair.a.statement)
      const right = field.value(pair.b.statement)
      if (left === right) same += 1
      else {
        const key = disagreementKey(pair.a.statement.passage, field.id)
        disagreements.push({
          key,
          unit: `${pair.a.statement.actorId}: ${pair.a.statement.passage}`,
          field: field.label,
          a: left ?? 'none',
          b: right ?? 'none',
          resolution: note(key),
        })
      }
    }
    const units = pairs.map((pair) => [
      field.value(pair.a.statement),
      field.value(pair.b.statement),
    ])
    return {
      id: field.id,
      label: field.label,
      agreement: pairs.length === 0 ? 0 : same / pairs.length,
      alpha: field.level ? krippendorffAlpha(units, field.level, stanceIds) : null,
      level: field.level ?? null,
    }
  })
  return {
    coders: [a.coder, b.coder],
    codebookVersion,
    units: pairs.length + onlyA.length + onlyB.length,
    matched: pairs.length,
    fields,
    disagreements,
  }
}

/** What `GET /api/reliability` answers: the measure, or why the second coding is not available. */
export const reliabilityAnswerSchema = z.object({
  available: z.boolean(),
  reliability: z.nullable(reliabilitySchema),
  problems: z.array(z.string()),
})
export type ReliabilityAnswer = z.infer<typeof reliabilityAnswerSchema>
