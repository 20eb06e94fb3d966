import { byFacet } from '../../src/lib/engine/types'
import { engineQueryOf } from '../../src/lib/engine/engine-query'
import { indexed, type Indexed, type ServedVersion } from './dataset'
import { encodeList } from './json-bytes'
import { keptPerVersion } from './kept'
import { matchingPositions } from './matching'
import { ndjsonLines } from './ndjson'
import { encodeCursor, type Page } from './paging'
import type { StatementStore } from './statement-store'

/**
 * Pages as sent, kept: a script that asks for the same page again (or many scripts asking for
 * the first) gets bytes already written. 16 MB holds about thirty pages of 500.
 */
const keptPages = keptPerVersion<Uint8Array<ArrayBuffer>>(16 * 2 ** 20)

/** One page of a query's matches with where the next starts, as JSON bytes. */
function encodePage(found: Indexed, matching: Int32Array, page: Page, print: string) {
  const end = page.offset + page.limit
  const next = end < matching.length ? encodeCursor(end, print) : null
  const { statements } = found.engine.index
  const data = Array.from(matching.subarray(page.offset, end)).flatMap((at) => statements[at] ?? [])
  return encodeList(data, { total: matching.length, limit: page.limit, next })
}

const stores = new WeakMap<ServedVersion, StatementStore>()

/** The bundled data's statements, answered by the page's own engine, indexed on first use. */
export function memoryStore(version: ServedVersion): StatementStore {
  const kept = stores.get(version)
  if (kept) return kept
  const found = () => indexed(version)
  const store: StatementStore = {
    get known() {
      return found().known
    },
    page: (query, page, print) => {
      const key = `${query.normalised}&limit=${page.limit}&offset=${page.offset}`
      return Promise.resolve(
        keptPages(found(), key, () =>
          encodePage(found(), matchingPositions(found(), query), page, print),
        ),
      )
    },
    exportLines: (query) => {
      const matching = matchingPositions(found(), query)
      const { statements } = found().engine.index
      return ndjsonLines(matching.length, (at) => statements[matching[at] ?? -1])
    },
    byId: (id) => Promise.resolve(found().byId.get(id)),
    facets: (query) => {
      const { engine } = found()
      const result = engine.query({ ...engineQueryOf(query.state), event: [...query.events] })
      return Promise.resolve(
        byFacet((key) =>
          // Options no statement has are left out, as a grouped count leaves them out.
          Object.fromEntries(
            engine.index.values[key].flatMap((value, code) => {
              const count = result.facets[key].statements[code] ?? 0
              return count > 0 ? [[value, count]] : []
            }),
          ),
        ),
      )
    },
  }
  stores.set(version, store)
  return store
}

/** The store that answers for a version: its own, or the page's engine over its statements. */
export const storeOf = (version: ServedVersion): StatementStore =>
  version.store ?? memoryStore(version)
