import { dimensionIds, stanceIds } from '../vocabulary'
import type { CodedStatement } from './coding'

/** How a person reads a coded value: an actor's name, a stance's label, a channel's label. */
export type ValueWords = {
  actor: (id: string) => string
  stance: (id: string) => string
  channel: (id: string) => string
  dimension: (id: string) => string
}

/** The value of a field on a unit one coder did not code at all. */
export const notCoded = 'not coded'
/** The stance of a unit whose actor a coder did not place on the scale. */
export const notPlaced = 'not placed'

export type ReliabilityField = {
  id: string
  /** The field in plain words, as the method page names it. */
  label: (vocabulary: ValueWords) => string
  /** `all`: every unit; `placed`: the units where at least one coder placed the actor on the scale. */
  scope: 'all' | 'placed'
  level: 'nominal' | 'ordinal'
  /** The value compared, or null where the coder did not code the unit. */
  value: (statement: CodedStatement | null) => string
  /** The value as a person reads it. */
  words: (value: string, vocabulary: ValueWords) => string
}

const none = 'none'
const joined = (values: readonly string[]) => [...values].sort().join('\n') || none
const quoted = (value: string) => `“${value}”`
const listWords = (value: string, each: (item: string) => string, empty: string) =>
  value === none ? empty : value.split('\n').map(each).join('; ')

/** A field read from a coded statement; a unit its coder did not code reads "not coded". */
const field = (
  id: string,
  label: string | ((vocabulary: ValueWords) => string),
  read: (statement: CodedStatement) => string,
  words: ReliabilityField['words'],
): ReliabilityField => ({
  id,
  label: typeof label === 'string' ? () => label : label,
  scope: 'all',
  level: 'nominal',
  value: (statement) => (statement ? read(statement) : notCoded),
  words: (value, vocabulary) =>
    value === notCoded ? 'did not code it as a statement' : words(value, vocabulary),
})

const positionOn = (statement: CodedStatement, dimension: string) =>
  joined(
    statement.positions
      .filter((position) => position.dimension === dimension)
      .map((position) => `${position.value}${position.party ? ` ${position.party}` : ''}`),
  )

const positionWords = (value: string, vocabulary: ValueWords) =>
  listWords(
    value,
    (item) => {
      const [taken, party] = item.split(' ')
      if (party) return `${taken === 'takes' ? 'backs' : 'opposes'} ${vocabulary.actor(party)}`
      return taken === 'takes' ? 'takes this position' : 'says the opposite'
    },
    'says nothing on it',
  )

const explicitness = (statement: CodedStatement) =>
  statement.stance === null ? none : statement.explicitStance ? 'explicit' : 'implicit'
const explicitWords = (value: string) =>
  value === 'explicit'
    ? 'the article names the stance'
    : value === 'implicit'
      ? 'read from what was said'
      : 'no stance'

/** Every field a coder records, compared unit by unit. */
export const reliabilityFields: readonly ReliabilityField[] = [
  field(
    'actor',
    'Whose act it is',
    (s) => s.actorId,
    (v, w) => w.actor(v),
  ),
  field('passage', 'The words it rests on', (s) => s.passage, quoted),
  field(
    'further-passages',
    'Further mentions of the same act',
    (s) => joined(s.furtherPassages),
    (v) => listWords(v, quoted, 'none'),
  ),
  field(
    'quotes',
    'The actor’s own words in quotation marks',
    (s) => joined(s.quotes),
    (v) => listWords(v, quoted, 'none, a paraphrase'),
  ),
  field(
    'speaker',
    'Who spoke',
    (s) => s.speaker ?? none,
    (v) => (v === none ? 'no one named' : v),
  ),
  field(
    'office',
    'The speaker’s office or body',
    (s) => s.office ?? none,
    (v) => (v === none ? 'none named' : v),
  ),
  field(
    'channel',
    'How it was said',
    (s) => s.channel,
    (v, w) => w.channel(v),
  ),
  field(
    'date',
    'The day, as the article words it',
    (s) => s.dateAsWritten ?? none,
    (v) => (v === none ? 'no day named' : quoted(v)),
  ),
  field(
    'stance',
    'Stance, or no stance',
    (s) => s.stance ?? none,
    (v, w) => (v === none ? 'no stance' : w.stance(v)),
  ),
  field('explicit', 'Whether the article itself names the stance', explicitness, explicitWords),
  ...dimensionIds.map((dimension) =>
    field(
      `position:${dimension}`,
      (w: ValueWords) => `Position: ${w.dimension(dimension)}`,
      (s) => positionOn(s, dimension),
      positionWords,
    ),
  ),
  field(
    'addressees',
    'Whom it calls on or speaks to',
    (s) => joined(s.addressees),
    (v, w) => listWords(v, (id) => (id === 'all-sides' ? 'all sides' : w.actor(id)), 'no one'),
  ),
  {
    id: 'stance-scale',
    label: () => 'Stance on the scale, where either coder placed the actor',
    scope: 'placed',
    level: 'ordinal',
    value: (statement) => statement?.stance ?? notPlaced,
    words: (value, vocabulary) =>
      value === notPlaced ? 'not placed on the scale' : vocabulary.stance(value),
  },
  {
    id: 'explicit-placed',
    label: () => 'Whether the article names the stance, where either coder placed the actor',
    scope: 'placed',
    level: 'nominal',
    value: (statement) => (statement ? explicitness(statement) : notPlaced),
    words: (value) => (value === notPlaced ? 'not placed on the scale' : explicitWords(value)),
  },
]

/** The scale's order, for the ordinal field. */
export const stanceOrder: readonly string[] = stanceIds
