import type { Statement } from '../schemas/statement'

/**
 * A statement's CAMEO event code, so that exported statements merge with event data coded by
 * CAMEO (GDELT, ICEWS, Phoenix). Codes and names are CAMEO 1.1b3's (Schrodt 2012); the mapping
 * from the codebook's stance and positions is documented in docs/codebook.md and tested against
 * the CAMEO table. CAMEO codes one verbal act at a time, so the mapping reads the statement's own
 * coding, never the actor's derived stance.
 */
export const cameoCodes = {
  '010': 'Make statement, not specified below',
  '012': 'Make pessimistic comment',
  '020': 'Appeal, not specified below',
  '025': 'Appeal to yield',
  '0233': 'Appeal for humanitarian aid',
  '0256': 'Appeal for de-escalation of military engagement',
  '026': 'Appeal to others to meet or negotiate',
  '051': 'Praise or endorse',
  '111': 'Criticize or denounce',
} as const
export type CameoCode = keyof typeof cameoCodes

export type CameoEvent = { code: CameoCode; name: string }

type Coded = Pick<Statement, 'stance' | 'positions' | 'addressees'>

const takes = (statement: Coded, dimension: Statement['positions'][number]['dimension']) =>
  statement.positions.some(
    (position) => position.dimension === dimension && position.value === 'takes',
  )

/** The appeal a call makes: to stop the fighting, to talk, for humanitarian relief, or unspecified. */
function appealOf(statement: Coded, otherwise: CameoCode): CameoCode {
  if (takes(statement, 'end-fighting')) return '0256'
  if (takes(statement, 'negotiations')) return '026'
  if (takes(statement, 'humanitarian')) return '0233'
  return otherwise
}

function codeOf(statement: Coded): CameoCode {
  switch (statement.stance) {
    case 'supports':
      return '051'
    case 'condemns':
      return '111'
    // A call on the initiator by name: to de-escalate where it asks for the fighting to end,
    // otherwise to yield (reopen a border, lift a measure). Codebook 3 also places criticism
    // short of condemnation here ("deplored the closure"); calling on no one, it is a criticism.
    case 'urges-halt':
      if (statement.addressees.length === 0) return '111'
      return takes(statement, 'end-fighting') ? '0256' : '025'
    // Even-handed: an appeal where it calls on someone or for something; concern about the
    // situation that calls on no one and for nothing is a pessimistic comment.
    case 'calls-on-all-sides':
      return appealOf(statement, statement.addressees.length === 0 ? '012' : '020')
    case null:
      break
  }
  // No stance: a declared backing of a party is an endorsement; a call on someone is an appeal;
  // concern about civilians with no call is a pessimistic comment; anything else a statement.
  if (takes(statement, 'backs-party')) return '051'
  if (statement.addressees.length > 0) return appealOf(statement, '020')
  if (takes(statement, 'humanitarian')) return '012'
  return '010'
}

export function cameoOf(statement: Coded): CameoEvent {
  const code = codeOf(statement)
  return { code, name: cameoCodes[code] }
}
