import type { Actor } from '../schemas/actor'
import type { StanceId } from '../vocabulary'
import type { Statement } from '../schemas/statement'
import type { StanceSummary } from '../schemas/stance-summary'
import {
  describeCounts,
  rankOf,
  statementsWord,
  summaryBase,
  unplacedSummary,
} from './summary-parts'
import { sourceAccounts, weighAccounts } from './weigh-sources'

/**
 * Codebook 3.0.0's rule for an actor's statements on one event: each source's account by the
 * three steps (`derivePooledStance`); where more than one source reports a stance, the accounts
 * are weighed against each other (`weighAccounts`). With one source, the three steps alone, as
 * codebook 2.0.0 had them.
 */
export function deriveStanceSummary(actor: Actor, statements: readonly Statement[]): StanceSummary {
  const own = statements.filter((statement) => statement.actorId === actor.id)
  const accounts = actor.isParty ? [] : sourceAccounts(actor, own, derivePooledStance)
  if (accounts.length < 2) return derivePooledStance(actor, own)
  return { ...summaryBase(actor.id, own), ...weighAccounts(accounts) }
}

/**
 * An actor's stance over statements that may be about several events (`eventOf`: a source's
 * event). Sources are weighed only as accounts of the same event; across events the statements
 * are pooled by the three steps, as a view across events reads them.
 */
export function deriveOverEvents(
  actor: Actor,
  statements: readonly Statement[],
  eventOf: ReadonlyMap<string, string>,
): StanceSummary {
  const own = statements.filter((statement) => statement.actorId === actor.id)
  const events = new Set(own.map((statement) => eventOf.get(statement.sourceId) ?? null))
  return events.size > 1 ? derivePooledStance(actor, own) : deriveStanceSummary(actor, own)
}

/**
 * Codebooks 2.0.0 and 3.0.0's three steps, over every statement given as one pool: an explicit
 * stance is decisive; otherwise the median on the ordinal scale; where no single stance is
 * central, the result is mixed and shown as a range. No tie is broken toward either end and no
 * statement weighs more than another. A view across events reads an actor's statements so, and
 * each source's account is read so before the sources are weighed.
 */
export function derivePooledStance(actor: Actor, statements: readonly Statement[]): StanceSummary {
  const own = statements.filter((statement) => statement.actorId === actor.id)
  const base = summaryBase(actor.id, own)
  const withStance = own.flatMap((statement) => (statement.stance ? [statement.stance] : []))
  if (actor.isParty || withStance.length === 0) return unplacedSummary(actor.isParty, base)
  const explicit = own.flatMap((statement) =>
    statement.stance && statement.explicitStance ? [statement.stance] : [],
  )
  if (explicit.length > 0) {
    const others = withStance.length - explicit.length
    // Explicit stances decide only where they agree: any disagreement, in any count, is mixed.
    const decided = new Set(explicit).size === 1 ? central(explicit) : spread(explicit)
    const rest =
      others === 0
        ? ''
        : ` ${others} other ${statementsWord(others)} with a stance ${others === 1 ? 'does' : 'do'} not change it.`
    if (decided.status === 'mixed') {
      return {
        ...base,
        ...decided,
        basis: 'decisive',
        basedOn: explicit.length,
        explanation: `Mixed: its ${explicit.length} explicit stances disagree (${describeCounts(base.stanceCounts)}).`,
      }
    }
    return {
      ...base,
      ...decided,
      basis: 'decisive',
      basedOn: explicit.length,
      explanation: `Decisive: the article reports this stance explicitly in ${explicit.length} ${statementsWord(explicit.length)}.${rest}`,
    }
  }
  const decided = central(withStance)
  return {
    ...base,
    ...decided,
    basis: 'median',
    basedOn: withStance.length,
    explanation:
      decided.status === 'mixed'
        ? `Mixed: its ${withStance.length} statements with a stance (${describeCounts(base.stanceCounts)}) have no single central stance, and none states one explicitly.`
        : withStance.length === 1
          ? 'Based on its one statement that expresses a stance.'
          : `Median of its ${withStance.length} statements with a stance: ${describeCounts(base.stanceCounts)}.`,
  }
}

const byRank = (stances: readonly StanceId[]) => [...stances].sort((a, b) => rankOf(a) - rankOf(b))

/** Mixed: the range from the lowest to the highest rank the stances take. */
function spread(stances: readonly StanceId[]) {
  const sorted = byRank(stances)
  const from = sorted[0]
  const to = sorted[sorted.length - 1]
  if (!from || !to) throw new Error('No stance to take the range of.')
  return { status: 'mixed' as const, stance: null, range: { from, to } }
}

/** The median category, or a mixed range where the two middle stances of an even count differ. */
function central(stances: readonly StanceId[]) {
  const sorted = byRank(stances)
  const lower = sorted[Math.floor((sorted.length - 1) / 2)]
  const upper = sorted[Math.floor(sorted.length / 2)]
  if (!lower || !upper) throw new Error('No stance to take the median of.')
  if (lower === upper) return { status: 'derived' as const, stance: lower, range: null }
  return spread(stances)
}
