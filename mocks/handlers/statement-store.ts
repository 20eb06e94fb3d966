import type { StanceSummary } from '../../src/lib/schemas/stance-summary'
import type { Source } from '../../src/lib/schemas/source'
import type { FilterState } from '../../src/lib/url-state/filter-state'
import type { KnownValues } from '../../src/lib/url-state/parameters'
import type { FacetKey } from '../../src/lib/engine/types'
import type { Page } from './paging'

/** A statements query as the API reads it: the filters, the events asked for, its normal form. */
export type StatementQuery = { state: FilterState; events: readonly string[]; normalised: string }

/** Statements per option of each facet, each taken under all the other filters. */
export type FacetStatementCounts = Record<FacetKey, Record<string, number>>

/**
 * Where a dataset's statements are kept and queried: the page's in-memory engine for the bundled
 * data, or DuckDB over a Parquet corpus (`npm run api -- --dataset file.parquet`). The handlers
 * ask only this, so both answer through one set of HTTP plumbing, and the same query means the
 * same statements in the same order from either.
 */
export type StatementStore = {
  /** The actors and speakers a filter may name. */
  known: KnownValues
  /** `{"data":[…],"meta":{total,limit,next}}` as sent; `print` ties the next cursor to the query. */
  page: (query: StatementQuery, page: Page, print: string) => Promise<Uint8Array<ArrayBuffer>>
  /** Every match in the API's order, one JSON line each, made as the reader pulls. */
  exportLines: (query: StatementQuery) => ReadableStream<Uint8Array>
  /** The statement as sent; undefined when there is none by that id. */
  byId: (id: string) => Promise<unknown>
  facets: (query: StatementQuery) => Promise<FacetStatementCounts>
  /**
   * The matches as records, in the order the dataset holds them, for a file made in memory:
   * undefined when more than `most` match, with how many do.
   */
  records?: (query: StatementQuery, most: number) => Promise<{ records?: unknown[]; total: number }>
  /** A corpus too large to hold fills in what it does not keep in memory. */
  stances?: () => Promise<readonly StanceSummary[]>
  source?: (id: string) => Promise<Source | undefined>
}
