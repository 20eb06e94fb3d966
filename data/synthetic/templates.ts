import type { DimensionId, StanceId } from '../../src/lib/vocabulary'

/** Every synthetic text begins with this, so no one mistakes it for a real statement. */
export const syntheticMark = '[Synthetic]'

export const syntheticLabel = 'Synthetic data for testing at scale — not real statements'

/** What the speaker is said to do, by stance; `null` for statements that express none. */
export const stancePhrases: Record<StanceId | 'none', readonly string[]> = {
  supports: ['expressed support for the operation', 'backed the action taken'],
  'calls-on-all-sides': [
    'called on all sides to show restraint',
    'urged all parties to de-escalate',
  ],
  'urges-halt': ['urged an immediate halt to the operation', 'called for the offensive to stop'],
  condemns: ['condemned the operation', 'strongly denounced the use of force'],
  none: ['said it was following the situation', 'noted the reports'],
}

/**
 * Words for each position. The spelling variants of "cease-fire" are deliberate: search must
 * find all of them whichever one a person types.
 */
export const dimensionPhrases: Record<DimensionId, readonly string[]> = {
  'end-fighting': [
    'demanded a cease-fire',
    'asked for a ceasefire without delay',
    'wanted a cease fire to hold',
    'called for an end to the fighting',
  ],
  condemnation: ['denounced the attack', 'called the violence unacceptable'],
  'territorial-integrity': [
    'reaffirmed its respect for territorial integrity',
    'stressed sovereignty and internationally recognised borders',
  ],
  negotiations: ['urged a return to negotiations', 'offered to host talks'],
  humanitarian: [
    'voiced concern over civilian casualties',
    'asked for humanitarian access to the area',
  ],
  'backs-party': ['stood by its partner'],
}

/** Words put in the speaker's mouth, shown as a quotation inside the passage. */
export const quotePhrases: readonly string[] = [
  'we call for calm',
  'dialogue is the only way forward',
  'this must stop now',
  'civilians must be protected',
  'we are watching closely',
  'a peaceful settlement is possible',
]

export const eventKinds: readonly string[] = [
  'border clash',
  'military operation',
  'cease-fire agreement',
  'peace talks',
  'election dispute',
  'humanitarian crisis',
  'sanctions package',
  'missile test',
  'maritime incident',
  'coup attempt',
]

export const stateRoles: readonly { office: string; named: boolean }[] = [
  { office: 'head of state', named: true },
  { office: 'head of government', named: true },
  { office: 'foreign minister', named: true },
  { office: 'foreign ministry', named: false },
  { office: 'permanent representative to the UN', named: true },
  { office: 'defence ministry', named: false },
]

export const organisationRoles: readonly { office: string; named: boolean }[] = [
  { office: 'secretary-general', named: true },
  { office: 'spokesperson', named: true },
  { office: 'special envoy', named: true },
  { office: 'secretariat', named: false },
]
