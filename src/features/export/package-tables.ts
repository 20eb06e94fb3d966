import type { Actor } from '../../lib/schemas/actor'
import type { Event } from '../../lib/schemas/event'
import type { StanceSummary } from '../../lib/schemas/stance-summary'
import { actorKinds, dimensionIds, stanceIds } from '../../lib/vocabulary'
import type { ExportPosition } from './rows'
import { day, oneOf, text, whole, type Table } from './table-fields'

export type QuoteRow = { statement_id: string; quote_number: number; quote: string }
export type PositionRow = ExportPosition & { statement_id: string; position_number: number }
export type AddresseeRow = {
  statement_id: string
  addressee_number: number
  /** Null for a call on all sides, which addresses no one actor. */
  actor_id: string | null
  addressee: string
}
export type ActorRow = {
  actor: Actor
  /** Its stance as the view derives it; null for an actor the package only names. */
  summary: StanceSummary | null
  statements: number
}

const statementsOf = { fields: 'statement_id', table: 'statements', field: 'statement_id' }
const statementId = <Row extends { statement_id: string }>() =>
  text<Row>('statement_id', 'The statement this row belongs to.', (row) => row.statement_id, {
    required: true,
  })

export const quotesTable: Table<QuoteRow> = {
  name: 'quotes',
  title: 'Quotations',
  description: 'The actor’s own words each statement quotes, exactly as the source prints them.',
  primaryKey: ['statement_id', 'quote_number'],
  foreignKeys: [statementsOf],
  fields: [
    statementId(),
    whole(
      'quote_number',
      'Its place among the statement’s quotations, from 1.',
      (row) => row.quote_number,
      {
        required: true,
        minimum: 1,
      },
    ),
    text('quote', 'The quoted words.', (row) => row.quote, { required: true }),
  ],
}

export const positionsTable: Table<PositionRow> = {
  name: 'positions',
  title: 'Positions',
  description: 'The positions each statement takes or opposes, on the codebook’s dimensions.',
  primaryKey: ['statement_id', 'position_number'],
  foreignKeys: [statementsOf, { fields: 'party', table: 'actors', field: 'actor_id' }],
  fields: [
    statementId(),
    whole(
      'position_number',
      'Its place among the statement’s positions, from 1.',
      (row) => row.position_number,
      {
        required: true,
        minimum: 1,
      },
    ),
    oneOf('dimension', dimensionIds, 'The codebook’s dimension.', (row) => row.dimension, {
      required: true,
    }),
    oneOf(
      'value',
      ['takes', 'opposes'],
      'Whether the statement takes or opposes it.',
      (row) => row.value,
      {
        required: true,
      },
    ),
    text('party', 'The party backed, for `backs-party`.', (row) => row.party),
    text('label', 'The position in the codebook’s words.', (row) => row.label, { required: true }),
  ],
}

export const addresseesTable: Table<AddresseeRow> = {
  name: 'addressees',
  title: 'Addressees',
  description: 'Whom each statement addresses.',
  primaryKey: ['statement_id', 'addressee_number'],
  foreignKeys: [statementsOf, { fields: 'actor_id', table: 'actors', field: 'actor_id' }],
  fields: [
    statementId(),
    whole(
      'addressee_number',
      'Its place among the statement’s addressees, from 1.',
      (row) => row.addressee_number,
      {
        required: true,
        minimum: 1,
      },
    ),
    text('actor_id', 'The actor addressed; empty for a call on all sides.', (row) => row.actor_id),
    text(
      'addressee',
      'Whom it addresses, by name (“All sides” for every party).',
      (row) => row.addressee,
      {
        required: true,
      },
    ),
  ],
}

export const actorsTable: Table<ActorRow> = {
  name: 'actors',
  title: 'Actors',
  description:
    'Every actor the other tables name: those the view shows, with the stance the codebook’s rule derives from all their statements, and those only addressed or backed.',
  primaryKey: ['actor_id'],
  foreignKeys: [],
  fields: [
    text('actor_id', 'The actor’s id.', (row) => row.actor.id, { required: true }),
    text('name', 'Its name.', (row) => row.actor.name, { required: true }),
    text('short_name', 'Its short name, as charts write it.', (row) => row.actor.shortName, {
      required: true,
    }),
    oneOf('kind', actorKinds, 'What it is.', (row) => row.actor.kind, { required: true }),
    {
      name: 'party',
      type: 'boolean',
      description: 'A party to the conflict, never placed on the stance scale.',
      required: true,
      value: (row) => row.actor.isParty,
    },
    whole('statements', 'How many of its statements the view shows.', (row) => row.statements, {
      required: true,
    }),
    oneOf(
      'stance_status',
      ['derived', 'mixed', 'party', 'none'],
      'How its overall stance came out: derived, mixed (a range), a party, or none; empty for an actor the view does not show.',
      (row) => row.summary?.status ?? null,
    ),
    oneOf(
      'stance',
      stanceIds,
      'Its overall stance, where derived.',
      (row) => row.summary?.stance ?? null,
    ),
    oneOf(
      'stance_from',
      stanceIds,
      'A mixed stance’s lowest rank.',
      (row) => row.summary?.range?.from ?? null,
    ),
    oneOf(
      'stance_to',
      stanceIds,
      'A mixed stance’s highest rank.',
      (row) => row.summary?.range?.to ?? null,
    ),
  ],
}

export const eventsTable: Table<Event> = {
  name: 'events',
  title: 'Events',
  description: 'The events the statements react to.',
  primaryKey: ['event_id'],
  foreignKeys: [],
  fields: [
    text('event_id', 'The event’s id.', (event) => event.id, { required: true }),
    text('title', 'Its title.', (event) => event.title, { required: true }),
    day('start', 'Its first day.', (event) => event.start),
    day('end', 'Its last day.', (event) => event.end),
    text(
      'initiator',
      'Who set it off, as the labels name them.',
      (event) => event.initiator?.name ?? null,
    ),
    text('action', 'What the initiator did, in full.', (event) => event.action?.full ?? null),
    text('country', 'Where it happened.', (event) => event.country ?? null),
  ],
}
