import type { CodebookLabels } from '../labels'
import type { SourceAccount } from '../schemas/stance-summary'
import type { SourceSummary } from '../schemas/source'
import type { StanceId } from '../vocabulary'

// What a source reports, as a noun phrase in a sentence: "a condemnation of the operation". The
// placeholders are filled with the event's words, as the codebook's labels are.
const stanceNouns: Record<StanceId, string> = {
  supports: 'support for {action}',
  'calls-on-all-sides': 'a call on all sides',
  'urges-halt': 'a call on {initiator} to halt',
  condemns: 'a condemnation of {action}',
}

/** What one account reports, in words: "a call on Azerbaijan to halt". */
export function accountNoun(
  account: Pick<SourceAccount, 'stance' | 'range'>,
  labels: CodebookLabels,
): string {
  if (account.stance) return labels.fill(stanceNouns[account.stance])
  if (!account.range) return 'no stance'
  const { from, to } = account.range
  return `statements that range from ${labels.fill(stanceNouns[from])} to ${labels.fill(stanceNouns[to])}`
}

/**
 * Each source's name as a reader knows it: its outlet, or its title where it has none; two
 * sources of one outlet are told apart by their titles. An unknown source is numbered.
 */
export function sourceNames(
  ids: readonly string[],
  sources: readonly Pick<SourceSummary, 'id' | 'outlet' | 'title'>[] | undefined,
): string[] {
  const found = ids.map((id) => sources?.find((source) => source.id === id))
  const outlets = found.map((source) => source?.outlet.trim() || source?.title || null)
  return found.map((source, at) => {
    const outlet = outlets[at]
    if (!source || !outlet) return `Source ${at + 1}`
    const shared = outlets.filter((other) => other === outlet).length > 1
    return shared && outlet !== source.title ? `${outlet}, “${source.title}”` : outlet
  })
}

/**
 * Where the accounts differ, in words: each source and what it reports, in whose words; or that
 * they agree.
 */
export function accountsDifference(
  accounts: readonly SourceAccount[],
  names: readonly string[],
  labels: CodebookLabels,
): string {
  const nouns = accounts.map((account) => accountNoun(account, labels))
  if (new Set(nouns).size === 1) {
    const all = accounts.length === 2 ? 'Both sources' : `All ${accounts.length} sources`
    return `${all} report ${nouns[0] ?? 'no stance'}.`
  }
  const each = accounts.map(
    (account, at) =>
      `${names[at] ?? `Source ${at + 1}`} reports ${nouns[at] ?? 'no stance'}, ${account.quoted ? 'quoting its words' : 'in the reporter’s words'}`,
  )
  return `The sources differ: ${each.join('; ')}.`
}
