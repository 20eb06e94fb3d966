import { dayCode, type EngineIndex } from './build-index'
import { createSearchCache } from './search-cache'
import { byFacet, type EngineQuery, type EngineResult, type FacetKey } from './types'

// Statement filters that are facets, one bit each; date and search are folded into "base".
const DIMENSION = 1
const CHANNEL = 2
const SPEAKER = 4
const EVENT = 8
const STATEMENT_STANCE = 16
// Actor filters, one bit each.
const STANCE = 1
const KIND = 2
const ACTOR = 4

export type Engine = {
  index: EngineIndex
  query: (query: EngineQuery) => EngineResult
}

/** Which statements of an index a search matches, one byte each; null for no search. */
export type SearchMatches = (q: string) => Uint8Array | null

/** `searchMatches`: the words alone unless given another (one that knows other names). */
export function createEngine(
  index: EngineIndex,
  searchMatches: SearchMatches = createSearchCache(index),
): Engine {
  return { index, query: (query) => runQuery(index, query, searchMatches(query.q)) }
}

/** The chosen values of one facet as a lookup by code; null when the filter is off. */
function chosen(values: readonly string[], picked: readonly string[]): Uint8Array | null {
  if (picked.length === 0) return null
  const set = new Uint8Array(values.length)
  for (const value of picked) {
    const code = values.indexOf(value)
    if (code >= 0) set[code] = 1
  }
  return set
}

/**
 * One pass over the statements yields the view and every facet's counts. Each facet's counts are
 * taken under all the other filters (crossfilter's rule): what re-running the whole filter with
 * that facet set to each option alone would show, as the tests' reference does.
 */
function runQuery(index: EngineIndex, query: EngineQuery, search: Uint8Array | null): EngineResult {
  const { values } = index
  let stanceBits = 0
  for (const stance of query.stance) {
    const code = values.stance.indexOf(stance)
    if (code >= 0) stanceBits |= 1 << code
  }
  const stanceOn = query.stance.length > 0
  const kindSet = chosen(values.kind, query.kind)
  const actorSet = chosen(values.actor, query.actor)
  const channelSet = chosen(values.channel, query.channel)
  const speakerSet = chosen(values.speaker, query.speaker)
  const eventSet = chosen(values.event, query.event)
  const ownStanceSet = chosen(values['statement-stance'], query['statement-stance'])
  let dimensionBits = 0
  for (const dimension of query.dimension) {
    const code = values.dimension.indexOf(dimension)
    if (code >= 0) dimensionBits |= 1 << code
  }
  const dimensionOn = query.dimension.length > 0
  const from = query.from ? dayCode(query.from) : 0
  const to = query.to ? dayCode(query.to) : 0
  const facets = byFacet((key) => ({
    actors: new Int32Array(values[key].length),
    statements: new Int32Array(values[key].length),
  }))
  // The last actor counted for each option, so an actor counts once per option.
  const seen = (key: FacetKey) => new Int32Array(values[key].length).fill(-1)
  const lastActor = {
    'statement-stance': seen('statement-stance'),
    dimension: seen('dimension'),
    channel: seen('channel'),
    speaker: seen('speaker'),
    event: seen('event'),
  }

  const shownActors: number[] = []
  const offsets: number[] = [0]
  // Room for every statement, cut to those shown at the end: no array grows in the loop.
  const shown = shownRoom(index.statements.length)
  let shownCount = 0
  const { eventStart, eventCodes } = index

  const actorCount = index.actors.length
  for (let actor = 0; actor < actorCount; actor += 1) {
    if (!index.listed[actor]) continue
    // A mixed actor is found under every stance of its range.
    const stances = index.actorStanceBits[actor] ?? 0
    const kind = index.actorKind[actor] ?? -1
    let actorFails = 0
    if (stanceOn && (stances & stanceBits) === 0) actorFails |= STANCE
    if (kindSet && (kind < 0 || !kindSet[kind])) actorFails |= KIND
    if (actorSet && !actorSet[actor]) actorFails |= ACTOR
    // An actor failing two actor filters counts nowhere, whatever its statements say.
    if (actorFails & (actorFails - 1)) continue

    const start = index.actorStart[actor] ?? 0
    const end = index.actorStart[actor + 1] ?? 0
    let matching = 0
    for (let at = start; at < end; at += 1) {
      if (search && !search[at]) continue
      if (from && (index.latest[at] ?? 0) < from) continue
      if (to && (index.earliest[at] ?? 0) > to) continue
      const dims = index.dimensions[at] ?? 0
      const channel = index.channel[at] ?? -1
      const speaker = index.speaker[at] ?? -1
      const ownStance = index.stance[at] ?? -1
      const firstEvent = eventStart[at] ?? 0
      const lastEvent = eventStart[at + 1] ?? firstEvent
      let fails = 0
      if (dimensionOn && (dims & dimensionBits) === 0) fails |= DIMENSION
      if (channelSet && !channelSet[channel]) fails |= CHANNEL
      if (speakerSet && (speaker < 0 || !speakerSet[speaker])) fails |= SPEAKER
      if (eventSet && !anyChosen(eventSet, eventCodes, firstEvent, lastEvent)) fails |= EVENT
      if (ownStanceSet && (ownStance < 0 || !ownStanceSet[ownStance])) fails |= STATEMENT_STANCE
      if (fails & (fails - 1)) continue
      if (actorFails === 0) {
        // Statement facets: this statement counts for its own value of the one facet it fails,
        // or of every facet when it fails none.
        if ((fails & ~DIMENSION) === 0) {
          for (let code = 0, bits = dims; bits; code += 1, bits >>= 1)
            if (bits & 1) tally(facets.dimension, lastActor.dimension, code, actor)
        }
        if ((fails & ~CHANNEL) === 0) tally(facets.channel, lastActor.channel, channel, actor)
        if ((fails & ~SPEAKER) === 0 && speaker >= 0)
          tally(facets.speaker, lastActor.speaker, speaker, actor)
        if ((fails & ~EVENT) === 0)
          for (let code = firstEvent; code < lastEvent; code += 1)
            tally(facets.event, lastActor.event, eventCodes[code] ?? -1, actor)
        if ((fails & ~STATEMENT_STANCE) === 0)
          tally(facets['statement-stance'], lastActor['statement-stance'], ownStance, actor)
      }
      if (fails !== 0) continue
      matching += 1
      // Actor facets: the statement counts toward its actor's value of the facet it fails.
      if ((actorFails & ~STANCE) === 0) bumpBits(facets.stance.statements, stances)
      if ((actorFails & ~KIND) === 0 && kind >= 0) bump(facets.kind.statements, kind)
      if ((actorFails & ~ACTOR) === 0) bump(facets.actor.statements, actor)
      if (actorFails === 0) {
        shown[shownCount] = at
        shownCount += 1
      }
    }
    // An actor with no statement in view has nothing to show: where no statement filter is on,
    // one that never spoke (a corpus too small for every actor, an actor added before coding).
    if (matching === 0) continue
    if ((actorFails & ~STANCE) === 0) bumpBits(facets.stance.actors, stances)
    if ((actorFails & ~KIND) === 0 && kind >= 0) bump(facets.kind.actors, kind)
    if ((actorFails & ~ACTOR) === 0) bump(facets.actor.actors, actor)
    if (actorFails !== 0) continue
    shownActors.push(actor)
    offsets.push(shownCount)
  }

  return {
    actors: Int32Array.from(shownActors),
    actorOffsets: Int32Array.from(offsets),
    statements: shown.slice(0, shownCount),
    facets,
  }
}

let room = new Int32Array(0)

/**
 * One buffer for every query's statements in view, kept from one to the next: a new one each
 * time, four megabytes at a million statements, soon had the collector marking the whole heap.
 */
function shownRoom(all: number): Int32Array {
  if (room.length < all) room = new Int32Array(all)
  return room
}

/** Counts a statement for an option, and its actor once per option. */
function tally(
  counts: EngineResult['facets'][FacetKey],
  last: Int32Array,
  code: number,
  actor: number,
) {
  if (code < 0) return
  bump(counts.statements, code)
  if (last[code] !== actor) {
    last[code] = actor
    bump(counts.actors, code)
  }
}

/** Whether any of the codes from `from` to `to` is chosen. */
function anyChosen(set: Uint8Array, codes: Int32Array, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (set[codes[at] ?? -1]) return true
  return false
}

/** Counts once for each option whose bit is set. */
function bumpBits(counts: Int32Array, bits: number) {
  for (let code = 0; bits; code += 1, bits >>= 1) if (bits & 1) bump(counts, code)
}

function bump(counts: Int32Array, code: number) {
  counts[code] = (counts[code] ?? 0) + 1
}
