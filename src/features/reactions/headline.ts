import type { Statement } from '../../lib/schemas/statement'

/** The statement a card leads with: one that carries a stance, in the actor's own words if any. */
export function pickHeadline(statements: readonly Statement[]): Statement | undefined {
  const score = (statement: Statement) =>
    (statement.stance ? 2 : 0) + (statement.textKind === 'quote' ? 1 : 0)
  return [...statements].sort((a, b) => score(b) - score(a))[0]
}
