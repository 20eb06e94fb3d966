import { actorColumns, facetValues, type EngineIndex } from './build-index'
import { ColumnsFileError, readColumns, type ColumnsHeader } from './columns-format'
import { lazyList } from './lazy-list'
import { runCache } from './run-cache'
import { createStatementCodec, type StatementParts } from './statement-codec'
import { adoptTokenIndex } from './token-index'
import { readTokenIndex } from './token-index-file'

/** Texts decoded at once: 2^9 of them. */
const textRun = 9
/**
 * The search texts kept once made, in UTF-16 units: about 100,000 statements' worth, 64 MB at
 * most, so a search typed a letter at a time reads each statement's words once.
 */
const foldedBudget = 32 * 2 ** 20

export type ColumnsCorpus = { header: ColumnsHeader; index: EngineIndex }

/**
 * The engine's index over a columnar corpus, made without a statement object: the facet codes
 * are the file's own arrays, and a statement, or its search text, is made from the file's bytes
 * when it is read. It answers every query as `buildIndex` over the same statements does.
 * `withoutStances` as for `buildIndex`. The file's token index, where it has one, is adopted as
 * views of its bytes; a file written before it had one builds it on the first search.
 */
export function columnsIndex(
  file: Uint8Array<ArrayBuffer>,
  { withoutStances = false }: { withoutStances?: boolean } = {},
): ColumnsCorpus {
  const { header, section } = readColumns(file)
  const { count, dictionaries, searchTails } = header
  const summaryOf = new Map(header.stances.map((summary) => [summary.actorId, summary]))
  const summaries = header.actors.map((actor) => summaryOf.get(actor.id) ?? null)
  const fieldCodes = dictionaries.fields.map((name) =>
    section(`field.${name}`, 'uint8', 'uint16', 'uint32'),
  )
  // Texts are decoded a run at a time and cut by their UTF-16 places: a decoder call for each
  // statement would cost more than the cutting, and reads come in order (the token index, a page).
  const texts = (name: string) => {
    const offsets = section(`${name}.offsets`, 'uint32')
    const chars = section(`${name}.chars`, 'uint32')
    const bytes = section(`${name}.bytes`, 'uint8')
    const decoder = new TextDecoder()
    let run = -1
    let decoded = ''
    return (at: number) => {
      if (at >> textRun !== run) {
        run = at >> textRun
        const last = Math.min(count, (run + 1) << textRun)
        decoded = decoder.decode(bytes.subarray(offsets[run << textRun], offsets[last]))
      }
      const first = chars[run << textRun] ?? 0
      return decoded.slice((chars[at] ?? 0) - first, (chars[at + 1] ?? 0) - first)
    }
  }
  const id = texts('id')
  const passage = texts('passage')
  const spans = texts('spans')
  const passageStart = section('passageStart', 'int32')
  const passageEnd = section('passageEnd', 'int32')
  const quoteOffsets = section('quotes.offsets', 'uint32')
  const quotePlaces = section('quotes.places', 'int32')
  const quotesAt = (at: number) =>
    Array.from(quotePlaces.subarray(quoteOffsets[at] ?? 0, quoteOffsets[at + 1] ?? 0))
  const searchTail = section('searchTail', 'uint8', 'uint16', 'uint32')
  const codec = createStatementCodec(dictionaries)
  const partsAt = (at: number): StatementParts => ({
    codes: fieldCodes.map((codes) => codes[at] ?? 0),
    id: id(at),
    passageText: passage(at),
    passageStart: passageStart[at] ?? 0,
    passageEnd: passageEnd[at] ?? 0,
    quotes: quotesAt(at),
    spans: spans(at),
  })
  // A search text's own words come from the passage and quotes alone, so only those are read.
  const lowerOnly = section('lowerOnly', 'uint8')
  const foldedAt = (at: number) => {
    const words = codec.foldedWords(
      {
        passageText: passage(at),
        passageStart: passageStart[at] ?? 0,
        quotes: quotesAt(at),
        spans: spans(at),
      },
      lowerOnly[at] === 1,
    )
    return `${words}\n${searchTails[searchTail[at] ?? 0] ?? ''}`
  }

  const index: EngineIndex = {
    ...actorColumns(header.actors, summaries, withoutStances),
    actorStart: section('actorStart', 'int32'),
    statements: lazyList(count, (at) => codec.decode(partsAt(at))),
    stance: section('stance', 'int8'),
    channel: section('channel', 'int8'),
    dimensions: section('dimensions', 'uint8'),
    speaker: section('speaker', 'int32'),
    eventStart: section('eventStart', 'int32'),
    eventCodes: section('eventCodes', 'int32'),
    earliest: section('earliest', 'int32'),
    latest: section('latest', 'int32'),
    folded: lazyList(count, runCache(foldedAt, textRun, foldedBudget)),
    values: facetValues(header.actors, header.speakers, header.events),
  }
  if (header.sections.tokens) adoptTokenIndex(index, tokensOf(section('tokens', 'uint8'), count))
  return { header, index }
}

function tokensOf(bytes: Uint8Array, count: number) {
  try {
    return readTokenIndex(bytes, count)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ColumnsFileError(`The corpus's token index is damaged: ${reason}`)
  }
}
