import { expose } from 'comlink'
import { createEngineService } from './engine-service'

// The engine's index and queries live here, off the page's main thread. The synthetic corpus is
// generated here too, and its generator loads only when a page asks for it.
expose(
  createEngineService({
    generate: async (size) => {
      // The generator is the mock API's own, so the page and the API serve the same corpus.
      const [{ generateSyntheticDataset }, { codebook }] = await Promise.all([
        import('../../../mocks/data/synthetic/generate'),
        import('../../../mocks/data/codebook'),
      ])
      return { ...generateSyntheticDataset({ size }), codebook }
    },
  }),
)
