import { actorKinds, channels, dimensionIds, stanceIds } from '../vocabulary'
import { dayReason } from './date-range'
import {
  isoDay,
  listParameter,
  matching,
  oneOf,
  oneParameter,
  textParameter,
  trimmedText,
  type Check,
  type KnownValues,
  type Parameter,
} from './parameters'

/** What a filter narrows: whole actors (with every statement of theirs), or statements one by one. */
export type FilterSubject = 'actor' | 'statement'

/** The sets of the data a value of a link must be in, once the data is known. */
export type KnownSet = keyof KnownValues

type Described = {
  subject: FilterSubject
  /** What the filter keeps, in the words of the API's documentation. */
  description: string
}

/** A list of ids, any of which matches: a closed vocabulary (`values`) or ids the data knows. */
export type ListRow<T extends string> = Parameter<T[]> &
  Described & { kind: 'ids'; values?: readonly T[]; known?: KnownSet }
/** One id; the API also takes several, any of which matches. */
export type IdRow = Parameter<string | null> &
  Described & { kind: 'id'; known: KnownSet; several: Parameter<string[]> }
export type DayRow = Parameter<string | null> & Described & { kind: 'date' }
export type TextRow = Parameter<string> & Described & { kind: 'text'; maxLength: number }
export type FilterRow = ListRow<string> | IdRow | DayRow | TextRow

const listOf = <const T extends string>(
  values: readonly T[],
  reason: string,
  described: Described,
): ListRow<T> => ({ ...listParameter(oneOf(values), reason), ...described, kind: 'ids', values })

const listKnown = (
  check: Check<string>,
  known: KnownSet,
  reason: string,
  described: Described,
): ListRow<string> => ({
  ...listParameter(check, reason, { known: (values) => values[known] }),
  ...described,
  kind: 'ids',
  known,
})

/** One id the data must know; the API also takes several, as a list. */
const oneKnown = (
  check: Check<string>,
  known: KnownSet,
  reason: string,
  described: Described,
): IdRow => ({
  ...oneParameter(check, null, reason, (values) => values[known]),
  ...described,
  kind: 'id',
  known,
  several: listParameter(check, reason, { known: (values) => values[known] }),
})

const day = (description: string): DayRow => ({
  ...oneParameter(isoDay, null, dayReason),
  subject: 'statement',
  description,
  kind: 'date',
})

const actorId = matching(/^[a-z][a-z-]*$/)
const maxSearchLength = 200

/**
 * Every filter, each once: its kind, what it narrows, what it means, its allowed values and why
 * a bad value is refused. The page's link, the API's query, the OpenAPI document and the API
 * client are all read from here, so a filter means the same in each.
 */
export const filterParameters = {
  // Left out, the page shows the dataset's first event (the article's), so links made before
  // there were several events still mean the same.
  event: oneKnown(matching(/^[\w-]{1,80}$/), 'eventIds', 'no such event', {
    subject: 'statement',
    description:
      'Event ids: statements from the sources the event claims; `all`, or no `event`, for every event (the page, given no event, shows its first one).',
  }),
  stance: listOf(stanceIds, 'no such stance', {
    subject: 'actor',
    description:
      "The actor's overall stance, derived from all its statements; a mixed actor matches each stance of its range.",
  }),
  'statement-stance': listOf(stanceIds, 'no such stance', {
    subject: 'statement',
    description: 'The stance the statement itself expresses.',
  }),
  kind: listOf(actorKinds, 'no such actor kind', {
    subject: 'actor',
    description: "The actor's kind.",
  }),
  actor: listKnown(actorId, 'actorIds', 'no such actor', {
    subject: 'actor',
    description: 'Actor ids.',
  }),
  dimension: listOf(dimensionIds, 'no such position', {
    subject: 'statement',
    description: 'A position the statement takes.',
  }),
  channel: listOf(channels, 'no such channel', {
    subject: 'statement',
    description: 'How the statement was made.',
  }),
  speaker: listKnown(trimmedText(1, 100), 'speakers', 'no such speaker', {
    subject: 'statement',
    description: 'The speaker, or the office when no one is named.',
  }),
  from: day('Earliest day (YYYY-MM-DD); must not be after `to`.'),
  to: day('Latest day (YYYY-MM-DD).'),
  q: {
    ...textParameter(maxSearchLength),
    kind: 'text',
    maxLength: maxSearchLength,
    subject: 'statement',
    description: `Full-text search over words, speakers and actors; up to ${maxSearchLength} characters.`,
  },
} satisfies Record<string, FilterRow>

export type FilterName = keyof typeof filterParameters

/** The rows of the table, with their names, in the table's order. */
export const filterRows: readonly (readonly [FilterName, FilterRow])[] = Object.entries(
  filterParameters,
).flatMap(([name, row]: [string, FilterRow]) => (isFilterName(name) ? [[name, row] as const] : []))

function isFilterName(name: string | undefined): name is FilterName {
  return name !== undefined && Object.hasOwn(filterParameters, name)
}
