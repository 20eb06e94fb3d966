import type { Actor } from '../schemas/actor'
import type { Statement } from '../schemas/statement'
import { channels, stanceIds } from '../vocabulary'
import { labelLookup } from '../statements/filter'
import { voiceOf } from '../statements/voice'
import { codeOf, createSearchText, dayCode, takenDimensions } from './build-index'
import type { ColumnsHeader, Section } from './columns-format'
import { layoutWithTokens } from './columns-tokens'
import {
  GrowableInts,
  GrowableTexts,
  codeType,
  joinInts,
  joinLists,
  joinTexts,
  type IntType,
} from './growable'
import { createStatementCodec } from './statement-codec'
import type { IndexedData } from './types'

const textColumns = ['id', 'passage', 'spans'] as const
type TextColumn = (typeof textColumns)[number]

/** One actor's statements as they arrive, column by column. */
function actorColumns() {
  const ints = () => new GrowableInts()
  return {
    count: 0,
    stance: ints(),
    channel: ints(),
    dimensions: ints(),
    speaker: ints(),
    earliest: ints(),
    latest: ints(),
    eventCount: ints(),
    eventCodes: ints(),
    searchTail: ints(),
    rank: ints(),
    lowerOnly: ints(),
    passageStart: ints(),
    passageEnd: ints(),
    quoteCount: ints(),
    quotes: ints(),
    fields: [] as GrowableInts[],
    id: new GrowableTexts(),
    passage: new GrowableTexts(),
    spans: new GrowableTexts(),
  }
}

type Side = Pick<ColumnsHeader, 'meta' | 'stances' | 'events' | 'sources' | 'notice'>

/**
 * Writes statements as the columnar corpus, one at a time, so a corpus of any size is written
 * without its records held: each is taken apart into the engine's codes and its own words as it
 * comes, grouped by actor in the engine's order, and checked to read back as itself.
 * `events` and `codebook` are those the engine will search with: a statement's coded labels are
 * read in its events' words, and its search text is written as the engine would fold it.
 */
export function createColumnsWriter(
  data: Pick<IndexedData, 'actors' | 'events' | 'codebook'> & {
    codebookVersion: string
  },
) {
  const actors = [...data.actors].sort((a, b) => a.order - b.order)
  const actorPosition = new Map(actors.map((actor, position) => [actor.id, position]))
  const events = data.events ?? []
  const eventsOfSource = new Map<string, number[]>()
  events.forEach((event, code) => {
    for (const sourceId of new Set(event.sourceIds))
      eventsOfSource.set(sourceId, [...(eventsOfSource.get(sourceId) ?? []), code])
  })
  const searchText = createSearchText(
    data.codebook ? labelLookup(data.codebook, data.events) : undefined,
  )
  const codec = createStatementCodec()
  const byActor = actors.map(actorColumns)
  const speakers = new Map<string, number>()
  const tails = new Map<string, number>()
  let count = 0

  /**
   * `rank`: where the statement comes among its actor's, before the order they are added in; the
   * generator draws statements across events, and lists them by event.
   */
  function add(statement: Statement, rank = 0) {
    const position = actorPosition.get(statement.actorId)
    const actor: Actor | undefined = actors[position ?? -1]
    const own = byActor[position ?? -1]
    // As the index does, a statement of an actor the data lacks is left out.
    if (!actor || !own) return
    const parts = codec.encode(statement)
    const decoded = codec.decode(parts)
    if (!sameRecord(decoded, statement))
      throw new Error(`Statement ${statement.id} does not read back as itself.`)
    const folded = searchText(statement, actor)
    // Lower-casing alone is tried first, as the reader then folds nothing; the search text as
    // the index makes it decides whether it is enough.
    let lowerOnly = true
    let words = codec.foldedWords(parts, true)
    if (!folded.startsWith(`${words}\n`)) {
      lowerOnly = false
      words = codec.foldedWords(parts, false)
    }
    if (!folded.startsWith(`${words}\n`))
      throw new Error(`Statement ${statement.id}'s search text does not begin with its own words.`)
    const tail = folded.slice(words.length + 1)
    const voice = voiceOf(statement)
    own.stance.push(codeOf(stanceIds, statement.stance))
    own.channel.push(codeOf(channels, statement.channel))
    own.dimensions.push(takenDimensions(statement))
    own.speaker.push(voice === null ? -1 : codeIn(speakers, voice))
    own.earliest.push(dayCode(statement.date.earliest))
    own.latest.push(dayCode(statement.date.latest))
    const eventCodes = eventsOfSource.get(statement.sourceId) ?? []
    own.eventCount.push(eventCodes.length)
    for (const code of eventCodes) own.eventCodes.push(code)
    own.searchTail.push(codeIn(tails, tail))
    own.rank.push(rank)
    own.lowerOnly.push(lowerOnly ? 1 : 0)
    own.passageStart.push(parts.passageStart)
    own.passageEnd.push(parts.passageEnd)
    own.quoteCount.push(parts.quotes.length)
    for (const place of parts.quotes) own.quotes.push(place)
    parts.codes.forEach((code, field) => {
      const column = (own.fields[field] ??= new GrowableInts())
      column.padTo(own.count)
      column.push(code)
    })
    own.id.push(parts.id)
    own.passage.push(parts.passageText)
    own.spans.push(parts.spans)
    own.count += 1
    count += 1
  }

  /** The file, as chunks to write in order, once every statement has been added. */
  function finish(side: Side): Uint8Array[] {
    if (
      side.events.map((event) => event.id).join('\n') !== events.map((event) => event.id).join('\n')
    )
      throw new Error(
        'The events written beside the statements are not those they were coded with.',
      )
    // Speakers are the facet's options in alphabetical order, as the index lists them.
    const named = [...speakers.keys()].sort((a, b) => a.localeCompare(b))
    const recode = Int32Array.from(speakers.keys(), (speaker) => named.indexOf(speaker))
    const actorStart = new Int32Array(actors.length + 1)
    byActor.forEach((own, position) => {
      actorStart[position + 1] = (actorStart[position] ?? 0) + own.count
      for (const field of own.fields) field.padTo(own.count)
      const speaker = own.speaker.values()
      for (let at = 0; at < speaker.length; at += 1)
        if ((speaker[at] ?? -1) >= 0) speaker[at] = recode[speaker[at] ?? 0] ?? -1
    })
    type IntColumn = Exclude<keyof (typeof byActor)[number], 'count' | 'fields' | TextColumn>
    const column = (name: IntColumn) => byActor.map((own) => own[name])
    // Each actor's statements by rank, then in the order they came.
    const orders = byActor.map(({ rank, count: rows }) => {
      const ranks = rank.values()
      return Int32Array.from({ length: rows }, (_, row) => row).sort(
        (a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0) || a - b,
      )
    })
    const joined = (name: IntColumn, type: IntType) => joinInts(column(name), type, orders)
    const claims = joinLists(column('eventCount'), column('eventCodes'), orders)
    const quotes = joinLists(column('quoteCount'), column('quotes'), orders)
    const { dictionaries } = codec
    const sections: Record<string, Section> = {
      actorStart,
      stance: joined('stance', 'int8'),
      channel: joined('channel', 'int8'),
      dimensions: joined('dimensions', 'uint8'),
      speaker: joined('speaker', 'int32'),
      eventStart: Int32Array.from(claims.offsets),
      eventCodes: claims.items,
      earliest: joined('earliest', 'int32'),
      latest: joined('latest', 'int32'),
      searchTail: joined('searchTail', codeType(tails.size)),
      passageStart: joined('passageStart', 'int32'),
      passageEnd: joined('passageEnd', 'int32'),
      lowerOnly: joined('lowerOnly', 'uint8'),
      'quotes.offsets': quotes.offsets,
      'quotes.places': quotes.items,
    }
    dictionaries.fields.forEach((name, field) => {
      const parts = byActor.map((own) => own.fields[field] ?? new GrowableInts())
      byActor.forEach((own, at) => parts[at]?.padTo(own.count))
      sections[`field.${name}`] = joinInts(
        parts,
        codeType(dictionaries.values[field]?.length ?? 0),
        orders,
      )
    })
    for (const name of textColumns) {
      const { offsets, chars, bytes } = joinTexts(
        byActor.map((own) => own[name]),
        orders,
      )
      sections[`${name}.offsets`] = offsets
      sections[`${name}.chars`] = chars
      sections[`${name}.bytes`] = bytes
    }
    return layoutWithTokens(
      {
        format: 'statement-columns',
        version: 1,
        synthetic: true,
        ...side,
        count,
        actors,
        codebookVersion: data.codebookVersion,
        speakers: named,
        dictionaries,
        searchTails: [...tails.keys()],
      },
      sections,
    )
  }
  return { add, finish }
}

function codeIn(codes: Map<string, number>, value: string): number {
  let code = codes.get(value)
  if (code === undefined) codes.set(value, (code = codes.size))
  return code
}

/** Whether two records hold the same fields and values, in whatever order their keys come. */
function sameRecord(a: unknown, b: unknown): boolean {
  return (
    JSON.stringify(a) === JSON.stringify(b) ||
    JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
  )
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, item]) => [key, sorted(item)]),
  )
}
