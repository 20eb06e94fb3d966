import { codebook } from '../../data/codebook'
import type { Codebook } from '../../src/lib/schemas/codebook'
import type { StanceId } from '../../src/lib/vocabulary'
import type { WorkspaceActor, WorkspaceEvent } from '../../src/lib/workspace/records'

// A fictional event, written for these tests: Norvania, a made-up state, closes its border with
// Velmora, another. The reacting actors are real; what they say here is invented.
export const norvaniaText =
  'Fictional test report. Norvania closed its border with Velmora on Monday. The United Nations called for an immediate cessation of hostilities. France urged Norvania to reopen the crossing. Germany condemned the closure.'

export const norvania: WorkspaceActor = {
  id: 'norvania',
  name: 'Norvania',
  shortName: 'Norvania',
  kind: 'state',
  emblem: 'none',
  isParty: false,
  order: 1000,
}

export const norvaniaEvent: WorkspaceEvent = {
  id: 'norvania-border-closure',
  title: 'Norvania’s border closure (fictional)',
  start: '2026-03-02',
  end: null,
  initiator: { actorId: 'norvania', name: 'Norvania' },
  action: { short: 'the border closure', full: 'the border closure at the Velmora crossing' },
  parties: ['norvania', 'velmora'],
  country: 'Norvania',
  timeZone: 'Europe/Oslo',
  milestones: [{ label: 'The border closes', date: '2026-03-02' }],
}

/** Codebook 3's stance labels, written from the event; its ids and ranks stay codebook 2's. */
const stanceLabels: Record<StanceId, string> = {
  supports: 'Supports {action}',
  'calls-on-all-sides': 'Calls on all sides',
  'urges-halt': 'Urges {initiator} to halt',
  condemns: 'Condemns {action}',
}

/** Codebook 2's words for its one event, as templates: Azerbaijan and its operation as placeholders. */
const templated = (text: string) =>
  text
    .replaceAll('Azerbaijan’s operation', '{action}')
    .replaceAll('Azerbaijan’s military action', '{action}')
    .replaceAll('Azerbaijan’s', '{initiator’s}')
    .replaceAll('Azerbaijan (or Baku)', '{initiator}')
    .replaceAll('Azerbaijan', '{initiator}')
    .replaceAll('the operation', '{action}')
    .replaceAll('the military action', '{action}')

/**
 * The bundled codebook with codebook 3's labels put in: stance labels as templates, dimension
 * labels generic, definitions and questions that name the event as templates. Built from the
 * current codebook, so the tests hold whichever of the two the app bundles.
 */
export const codebookFromTheEvent: Codebook = {
  ...codebook,
  stances: codebook.stances.map((stance) => ({
    ...stance,
    label: stanceLabels[stance.id],
    definition: templated(stance.definition),
    example: templated(stance.example),
  })),
  dimensions: codebook.dimensions.map((dimension) => ({
    ...dimension,
    label: templated(dimension.label),
    question: templated(dimension.question),
    definition: templated(dimension.definition),
  })),
}
