import { event as articleEvent } from '../data/event'
import type { Event } from '../src/lib/schemas/event'

/**
 * A fictional event, made up for tests: Norvania, a country that does not exist, closes its
 * border. It keeps the article's days and sources so that the article's statements can stand in
 * for its reactions in a test of the page's words; no real actor reacted to it.
 */
export const norvania: Event = {
  ...articleEvent,
  id: 'norvania-border-closure',
  title: 'Fictional: Norvania closes its border',
  summary: 'A fictional event for tests: Norvania closes its border with a neighbour.',
  initiator: { actorId: null, name: 'Norvania' },
  action: { short: 'the border closure', full: 'the closure of Norvania’s border' },
  parties: [],
  country: 'Norvania',
  milestones: [],
}
