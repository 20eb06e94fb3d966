/**
 * The kinds of synthetic event. Each is an act someone carries out against someone else, so that
 * the stance scale has an initiator to urge and an action to back or condemn: a cease-fire or
 * peace talks are not acts one condemns, and are not among them.
 */
export type EventKind = {
  /** How a title names one, with its article where it takes one: "a blockade of region 4". */
  title: (region: string) => string
  /** The action as the stance labels name it: "the blockade". */
  action: string
  full: (region: string) => string
  /** The pronoun that refers back to the action: "called them unacceptable" of air strikes. */
  it: 'it' | 'them'
  /** Who carries it out: a state, a state or a sanctioning organisation, or an armed group. */
  initiator: 'state' | 'sanctioning' | 'group'
  /** Whether there is fighting to stop: only then do the words of a cease-fire fit. */
  fighting: boolean
  /** What a third party asks the initiator to do with it: "lift" a blockade, "halt" an offensive. */
  undo: readonly string[]
  /** Words defending it in terms of territory, where that fits the act; `{initiator}` and the like are filled in. */
  territory: readonly string[]
  /** Words of concern for the people it touches, where it touches them. */
  humanitarian: readonly string[]
  /** Whose country it happens in: the side it acts against, or the initiator's own. */
  country: 'target' | 'initiator'
}

const underFire = (region: string) => [
  'voiced concern over civilian casualties',
  `asked for humanitarian access to ${region}`,
  'called for civilians to be protected',
]

const fighting = { fighting: true, country: 'target', it: 'it' } as const
const noFighting = { fighting: false, country: 'target', it: 'it' } as const

export const eventKinds: readonly EventKind[] = [
  {
    ...fighting,
    title: (region) => `a military operation in ${region}`,
    action: 'the military operation',
    full: (region) => `the military operation in ${region}`,
    initiator: 'state',
    undo: ['halt', 'stop'],
    territory: [
      'stressed {initiator’s} right to defend its territorial integrity',
      'said {initiator} acted within its internationally recognised borders',
    ],
    humanitarian: underFire('the area'),
  },
  {
    ...fighting,
    it: 'them',
    title: (region) => `air strikes on ${region}`,
    action: 'the air strikes',
    full: (region) => `the air strikes on ${region}`,
    initiator: 'state',
    undo: ['halt', 'stop'],
    territory: [],
    humanitarian: underFire('the towns hit'),
  },
  {
    ...fighting,
    title: (region) => `artillery shelling of ${region}`,
    action: 'the shelling',
    full: (region) => `the artillery shelling of ${region}`,
    initiator: 'state',
    undo: ['stop', 'halt'],
    territory: [],
    humanitarian: underFire('the shelled towns'),
  },
  {
    ...fighting,
    title: (region) => `a coup attempt in ${region}`,
    action: 'the coup attempt',
    full: (region) => `the coup attempt in ${region}`,
    initiator: 'group',
    undo: ['abandon', 'end'],
    territory: [],
    humanitarian: underFire('the region'),
  },
  {
    ...noFighting,
    title: (region) => `a blockade of ${region}`,
    action: 'the blockade',
    full: (region) => `the blockade of ${region}`,
    initiator: 'state',
    undo: ['lift', 'end'],
    territory: [],
    humanitarian: ['voiced concern over food shortages', 'asked for aid convoys to be let through'],
  },
  {
    ...noFighting,
    title: (region) => `a border closure at ${region}`,
    action: 'the border closure',
    full: (region) => `the closure of the border at ${region}`,
    initiator: 'state',
    undo: ['end', 'reverse'],
    territory: ['said {initiator} had the sovereign right to control its borders'],
    humanitarian: ['voiced concern for the people stranded at the border'],
  },
  {
    ...noFighting,
    title: (region) => `a sanctions package over ${region}`,
    action: 'the sanctions package',
    full: (region) => `the sanctions package over ${region}`,
    initiator: 'sanctioning',
    undo: ['lift', 'withdraw'],
    territory: [],
    humanitarian: ['voiced concern over the effect on ordinary people'],
  },
  {
    ...noFighting,
    title: (region) => `an expulsion of diplomats over ${region}`,
    action: 'the expulsion of diplomats',
    full: (region) => `the expulsion of diplomats over ${region}`,
    initiator: 'state',
    undo: ['reverse'],
    territory: [],
    humanitarian: [],
  },
  {
    ...noFighting,
    title: (region) => `a tanker seizure off ${region}`,
    action: 'the tanker seizure',
    full: (region) => `the seizure of a tanker off ${region}`,
    initiator: 'state',
    undo: ['reverse', 'end'],
    territory: ['said {initiator} acted within its territorial waters'],
    humanitarian: ['asked for the safety of the crew'],
  },
  {
    ...noFighting,
    country: 'initiator',
    it: 'them',
    title: (region) => `missile tests near ${region}`,
    action: 'the missile tests',
    full: (region) => `the missile tests near ${region}`,
    initiator: 'state',
    undo: ['halt', 'stop'],
    territory: [],
    humanitarian: [],
  },
]

/** Organisations that impose sanctions of their own, as prose names them. */
export const sanctioningOrganisations: ReadonlyMap<string, string> = new Map([
  ['european-union', 'the European Union'],
  ['united-nations', 'the United Nations'],
  ['african-union', 'the African Union'],
  ['ecowas', 'ECOWAS'],
  ['arab-league', 'the Arab League'],
])

/** What an armed group that has no place in the gazetteer calls itself; a region number precedes it. */
export const groupNames: readonly string[] = ['military council', 'salvation committee']

// States whose names take "the" in running prose: "urged the Philippines to halt".
const withThe = new Set([
  'bahamas',
  'central-african-republic',
  'comoros',
  'congo',
  'democratic-republic-of-the-congo',
  'dominican-republic',
  'gambia',
  'maldives',
  'marshall-islands',
  'netherlands',
  'philippines',
  'seychelles',
  'solomon-islands',
  'united-arab-emirates',
  'united-kingdom',
  'united-states',
])

/** An actor as a sentence names it mid-way: "the United States", "Norway", "the European Union". */
export function proseName(actor: { id: string; name: string }): string {
  const organisation = sanctioningOrganisations.get(actor.id)
  if (organisation) return organisation
  return withThe.has(actor.id) ? `the ${actor.name}` : actor.name
}
