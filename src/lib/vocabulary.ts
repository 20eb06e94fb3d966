// The codebook's closed lists of values, apart from the schemas that check data against them: the
// page's filters and labels need the lists from the first paint, the schemas only once an answer
// arrives.

/**
 * What an actor is. The first three are the article's; the rest are for actors an analyst adds
 * whom the gazetteer of states and organisations lacks: an observer state (the Holy See), a
 * non-state actor (an armed group, a breakaway administration), a non-governmental organisation
 * (a humanitarian body).
 */
export const actorKinds = [
  'state',
  'international-organisation',
  'party',
  'observer-state',
  'non-state-actor',
  'non-governmental-organisation',
] as const
export type ActorKind = (typeof actorKinds)[number]

/** The ordered stance scale, from backing Azerbaijan's operation to condemning it. */
export const stanceIds = ['supports', 'calls-on-all-sides', 'urges-halt', 'condemns'] as const
export type StanceId = (typeof stanceIds)[number]

export const dimensionIds = [
  'end-fighting',
  'condemnation',
  'territorial-integrity',
  'negotiations',
  'humanitarian',
  'backs-party',
] as const
export type DimensionId = (typeof dimensionIds)[number]

/** How a statement reached the public. */
export const channels = [
  'phone-call',
  'readout',
  'statement',
  'speech',
  'social-media-post',
  'announcement',
  'unspecified',
] as const
export type Channel = (typeof channels)[number]

/**
 * Which part of the codebook's rule placed an actor's stance; `weighed`: its sources' accounts,
 * weighed against each other.
 */
export const stanceBases = ['decisive', 'median', 'most-frequent', 'weighed'] as const
export type StanceBasis = (typeof stanceBases)[number]
