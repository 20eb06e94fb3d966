import type { Actor } from '../schemas/actor'
import type { SourceAccount, StanceSummary } from '../schemas/stance-summary'
import type { Statement } from '../schemas/statement'
import type { StanceId } from '../vocabulary'
import { rankOf } from './summary-parts'

type DeriveOne = (actor: Actor, statements: readonly Statement[]) => StanceSummary

/** An account with what it rests on: how many statements its own derivation counted. */
export type WeighedAccount = SourceAccount & { basedOn: number }

/**
 * Each source's account of an actor, in the order its sources first appear: the actor's
 * statements in that source, derived by `derive` from them alone. A source none of whose
 * statements carries a stance gives no account.
 */
export function sourceAccounts(
  actor: Actor,
  own: readonly Statement[],
  derive: DeriveOne,
): WeighedAccount[] {
  const bySource = new Map<string, Statement[]>()
  for (const statement of own) {
    const list = bySource.get(statement.sourceId)
    if (list) list.push(statement)
    else bySource.set(statement.sourceId, [statement])
  }
  return [...bySource].flatMap(([sourceId, statements]) => {
    const summary = derive(actor, statements)
    if (summary.status !== 'derived' && summary.status !== 'mixed') return []
    const withStance = statements.filter((statement) => statement.stance !== null)
    return [
      {
        sourceId,
        status: summary.status,
        stance: summary.stance,
        range: summary.range,
        quoted: withStance.some((statement) => statement.textKind === 'quote'),
        statementIds: withStance.map((statement) => statement.id),
        decides: true,
        basedOn: summary.basedOn,
      },
    ]
  })
}

/** The ranks an account covers: its stance, or the two ends of its mixed range. */
const stancesOf = (account: SourceAccount): StanceId[] =>
  account.stance ? [account.stance] : account.range ? [account.range.from, account.range.to] : []

const keyOf = (account: SourceAccount) =>
  account.stance ?? `${account.range?.from}–${account.range?.to}`

const sources = (count: number) => (count === 1 ? '1 source' : `${count} sources`)

/**
 * The codebook's weighing of sources: where the accounts agree, their stance; where they
 * disagree, an account that quotes the actor's own words outweighs one that rests only on the
 * reporter's words; accounts of equal weight that still disagree give mixed, the range from the
 * lowest rank they take to the highest. No reading is preferred for being nearer either end.
 */
export function weighAccounts(accounts: readonly WeighedAccount[]): Pick<
  StanceSummary,
  'status' | 'stance' | 'range' | 'basis' | 'basedOn' | 'explanation'
> & {
  accounts: SourceAccount[]
} {
  const agree = new Set(accounts.map(keyOf)).size === 1
  const quoted = accounts.filter((account) => account.quoted)
  // Only where they disagree does the weight of the evidence matter.
  const deciding = !agree && quoted.length > 0 ? quoted : accounts
  const outweighed = accounts.length - deciding.length
  const decidingAgree = new Set(deciding.map(keyOf)).size === 1
  const first = deciding[0]
  if (!first) throw new Error('No account to weigh.')
  const result = decidingAgree
    ? { status: first.status, stance: first.stance, range: first.range }
    : { status: 'mixed' as const, stance: null, range: rangeOver(deciding) }
  return {
    ...result,
    basis: 'weighed',
    basedOn: deciding.reduce((total, account) => total + account.basedOn, 0),
    explanation: explain(accounts.length, quoted.length, outweighed, decidingAgree),
    accounts: accounts.map((account) => ({
      sourceId: account.sourceId,
      status: account.status,
      stance: account.stance,
      range: account.range,
      quoted: account.quoted,
      statementIds: account.statementIds,
      decides: deciding.includes(account),
    })),
  }
}

/** The weighing in words, with how many sources took part: the card's "How the stance is derived". */
function explain(count: number, quoted: number, outweighed: number, decidingAgree: boolean) {
  const across = `across ${sources(count)}`
  if (outweighed === 0) {
    if (decidingAgree) return `Weighed ${across}, which agree on its stance.`
    const weight = quoted === 0 ? 'none quotes its own words' : 'each quotes its own words'
    return `Mixed: weighed ${across}, which disagree and weigh the same (${weight}); the rule prefers neither reading.`
  }
  const heavier =
    quoted === 1
      ? 'the one that quotes its own words outweighs'
      : `the ${quoted} that quote its own words outweigh`
  const lighter =
    outweighed === 1
      ? 'the one that reports it only in the reporter’s words'
      : `the ${outweighed} that report it only in the reporters’ words`
  const rest = decidingAgree ? '' : ', but they disagree among themselves, so the result is mixed'
  return `Weighed ${across}, which disagree: ${heavier} ${lighter}${rest}.`
}

function rangeOver(accounts: readonly SourceAccount[]) {
  const ranked = accounts.flatMap(stancesOf).sort((a, b) => rankOf(a) - rankOf(b))
  const from = ranked[0]
  const to = ranked.at(-1)
  if (!from || !to) throw new Error('No stance to take the range of.')
  return { from, to }
}
