import { expose } from 'comlink'
import type { ChartsRequest } from '../features/charts/shape-charts'
import { createEngineService } from '../lib/engine/engine-service'
import { viewShaper, type ViewShapes } from './view-shaper'

// The engine's index and queries live here, off the page's main thread. The synthetic corpus is
// generated here too, and its generator loads only when a page asks for it. The charts are shaped
// here as well, by the functions that shape the article's data on the page, and so are the strips
// of the stance across events, so with each answer the page receives a few thousand small values
// rather than walking 100,000 statements.
expose(
  createEngineService<ChartsRequest, ViewShapes>({
    generate: async (size) => {
      // The generator is the mock API's own, so the page and the API serve the same corpus.
      const [{ generateSyntheticDataset }, { codebook }] = await Promise.all([
        import('../../data/synthetic/generate'),
        import('../../data/codebook'),
      ])
      return { ...generateSyntheticDataset({ size }), codebook }
    },
    shape: viewShaper,
    eventRule: async () => (await import('../lib/codebook/derive-stance')).deriveStanceSummary,
  }),
)
