import { queryOptions, type UseQueryOptions } from '@tanstack/react-query'
import type { PageDataset } from '../engine/synthetic'
import { holdSyntheticSources } from '../engine/synthetic-sources'

/**
 * The synthetic corpus of `size` statements and the engine that filters it, in a worker started
 * on first use by `createWorker` (the page's worker script, which gives the engine its shaper).
 * The engine's code and the generator load only here, never with the first paint.
 */
export const syntheticEngineQueryOptions = <Options, Shaped>(
  size: number,
  createWorker: () => Worker,
) =>
  queryOptions({
    queryKey: ['synthetic', size],
    queryFn: async () => {
      const engine = await (
        await import('../engine/synthetic-engine')
      ).startSyntheticEngine<Options, Shaped>(size, createWorker)
      // The mock API serves the sources' texts from the statements the page now holds.
      holdSyntheticSources(engine.dataset)
      return engine
    },
    // One corpus per size for the life of the page: making it again would take seconds.
    staleTime: Infinity,
    gcTime: Infinity,
    // A worker that failed once fails again; the page says so and offers to try again.
    retry: false,
    // Nothing to compare: the answer is a new corpus and a live engine.
    structuralSharing: false,
  })

/**
 * One part of the synthetic corpus as a query of its own, so each panel waits for, and retries,
 * what it shows as it does with the API's data. `engine` is the corpus's engine query.
 */
export function syntheticPartOptions<K extends keyof PageDataset, Options, Shaped>(
  engine: ReturnType<typeof syntheticEngineQueryOptions<Options, Shaped>>,
  part: K,
): UseQueryOptions<PageDataset[K], Error, PageDataset[K]> {
  return {
    queryKey: [...engine.queryKey, part],
    queryFn: async ({ client }) => (await client.query(engine)).dataset[part],
    staleTime: Infinity,
    retry: false,
    structuralSharing: false,
  }
}
