import * as z from 'zod/mini'
import { bootstrapInterval, bootstrapPlan, type BootstrapPlan } from './bootstrap'
import type { Coding } from './coding'
import { prepareAlpha } from './krippendorff'
import {
  notPlaced,
  reliabilityFields,
  stanceOrder,
  type ReliabilityField,
  type ValueWords,
} from './reliability-fields'
import { alignUnits, placeCoding, type Unit } from './units'

const termsSchema = z.object({ initiator: z.string(), action: z.string() })

/** A written rule of the codebook that settles a disagreement, and what it gives here. */
export const resolutionSchema = z.object({
  /** The codebook rule's id (a section of docs/codebook.md). */
  rule: z.string(),
  /** The rule's title, as the codebook words it. */
  ruleTitle: z.string(),
  /** Which coder's reading the rule gives, or `neither` where it gives a third. */
  follows: z.string(),
  /** Why the rule gives it, in a sentence or two. */
  reason: z.string(),
})
export type Resolution = z.infer<typeof resolutionSchema>
/** A resolution as the data writes it; the rule's title is looked up in the codebook. */
export type WrittenResolution = Omit<Resolution, 'ruleTitle'>

export const reliabilitySchema = z.object({
  coders: z.tuple([z.string(), z.string()]),
  codebookVersions: z.tuple([z.string(), z.string()]),
  /** The event's terms as each coder stated them, or null where a coding does not state them. */
  event: z.object({ first: z.nullable(termsSchema), second: z.nullable(termsSchema) }),
  units: z.object({
    /** Every unit either coder found: one actor's act. */
    all: z.int(),
    both: z.int(),
    onlyFirst: z.int(),
    onlySecond: z.int(),
    /** Units where at least one coder placed the actor on the stance scale. */
    placed: z.int(),
  }),
  bootstrap: z.object({ resamples: z.int(), seed: z.int(), confidence: z.number() }),
  fields: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      scope: z.enum(['all', 'placed']),
      level: z.enum(['nominal', 'ordinal']),
      units: z.int(),
      /** Units on which both coders recorded the same value. */
      agreed: z.int(),
      /** `agreed / units`, 0 to 1. */
      agreement: z.number(),
      /** Krippendorff's alpha; null where undefined (every value the same). */
      alpha: z.nullable(z.number()),
      /** The bootstrap interval of alpha, or null where alpha is undefined on every draw. */
      interval: z.nullable(
        z.object({ low: z.number(), high: z.number(), undefinedDraws: z.int() }),
      ),
    }),
  ),
  disagreements: z.array(
    z.object({
      key: z.string(),
      /** The unit's actor, as each coder gave it, in words. */
      actor: z.string(),
      passage: z.string(),
      field: z.string(),
      a: z.string(),
      b: z.string(),
      resolution: z.nullable(resolutionSchema),
    }),
  ),
})
export type Reliability = z.infer<typeof reliabilitySchema>

/** A disagreement's stable name, for its resolution: the unit's first words and the field. */
export const disagreementKey = (passage: string, field: string) =>
  `${passage.slice(0, 48)}|${field}`

/** A unit's first words: the first coder's passage where it coded the unit. */
const passageOf = (unit: Unit) => unit.a?.passage ?? unit.b?.passage ?? ''

const isPlaced = (unit: Unit) => unit.a?.stance != null || unit.b?.stance != null

/** Agreement, alpha and its bootstrap interval for one field over its units. */
function measureField(field: ReliabilityField, units: readonly Unit[], plan: BootstrapPlan) {
  const pairs = units.map((unit) => [field.value(unit.a), field.value(unit.b)] as const)
  // Every unit has both values (a unit a coder did not code reads "not coded"), so none drops out.
  const prepared =
    field.level === 'ordinal'
      ? prepareAlpha(pairs, 'ordinal', stanceOrder, notPlaced)
      : prepareAlpha(pairs, 'nominal')
  const agreed = pairs.filter(([a, b]) => a === b).length
  return {
    units: pairs.length,
    agreed,
    agreement: pairs.length === 0 ? 0 : agreed / pairs.length,
    alpha: prepared.alpha(prepared.units),
    interval: bootstrapInterval(prepared.units, prepared.alpha, plan),
  }
}

/**
 * The two codings compared unit by unit: per field, the share of units on which they agree and
 * Krippendorff's alpha with a bootstrap interval, over every unit either coder found (a unit one
 * coder did not code disagrees on every field); the stance scale over the units where at least one
 * coder placed the actor. Every disagreement is listed, with the rule that resolves it.
 */
export function measureReliability(
  first: Coding,
  second: Coding,
  article: string,
  options: {
    words: ValueWords
    resolutions: Readonly<Record<string, WrittenResolution>>
    /** The title of each codebook rule a resolution may cite, by its id. */
    ruleTitles: ReadonlyMap<string, string>
    plan?: BootstrapPlan
  },
): Reliability {
  const plan = options.plan ?? bootstrapPlan
  const units = alignUnits(placeCoding(first, article), placeCoding(second, article))
  const placed = units.filter(isPlaced)
  const resolve = (key: string): Resolution | null => {
    const written = options.resolutions[key]
    if (!written) return null
    const ruleTitle = options.ruleTitles.get(written.rule)
    if (!ruleTitle) throw new Error(`The resolution of "${key}" cites no rule of the codebook.`)
    return { ...written, ruleTitle }
  }
  const fields = reliabilityFields.map((field) => ({
    id: field.id,
    label: field.label(options.words),
    scope: field.scope,
    level: field.level,
    ...measureField(field, field.scope === 'all' ? units : placed, plan),
  }))
  const actorOf = (unit: Unit) => {
    const [a, b] = [unit.a?.actorId, unit.b?.actorId].map((id) =>
      id === undefined ? undefined : options.words.actor(id),
    )
    return a && b && a !== b ? `${a} or ${b}` : (a ?? b ?? '')
  }
  // A unit one coder did not code is one disagreement, whether it is a statement at all; the
  // figures count it against every field. The placed-only fields repeat the stance and are not listed again.
  const disagreements = units.flatMap((unit) => {
    const passage = passageOf(unit)
    const fieldsToList =
      unit.a && unit.b ? reliabilityFields.filter((field) => field.scope === 'all') : []
    const listed = fieldsToList.flatMap((field) => {
      const [a, b] = [field.value(unit.a), field.value(unit.b)]
      if (a === b) return []
      const key = disagreementKey(passage, field.id)
      return [
        {
          key,
          actor: actorOf(unit),
          passage,
          field: field.label(options.words),
          a: field.words(a, options.words),
          b: field.words(b, options.words),
          resolution: resolve(key),
        },
      ]
    })
    if (unit.a && unit.b) return listed
    const key = disagreementKey(passage, 'statement')
    const said = (coded: boolean) => (coded ? 'coded it as a statement' : 'did not code it')
    return [
      {
        key,
        actor: actorOf(unit),
        passage,
        field: 'Whether it is a statement',
        a: said(unit.a !== null),
        b: said(unit.b !== null),
        resolution: resolve(key),
      },
    ]
  })
  return {
    coders: [first.coder, second.coder],
    codebookVersions: [first.codebookVersion, second.codebookVersion],
    event: { first: first.event ?? null, second: second.event ?? null },
    units: {
      all: units.length,
      both: units.filter((unit) => unit.a && unit.b).length,
      onlyFirst: units.filter((unit) => !unit.b).length,
      onlySecond: units.filter((unit) => !unit.a).length,
      placed: placed.length,
    },
    bootstrap: { resamples: plan.resamples, seed: plan.seed, confidence: plan.confidence },
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
