import { collectionHandlers } from './collection'
import type { ServedDataset } from './dataset'

// Every version of a dataset codes the same sources; the list leaves out each source's text.
export const sourceHandlers = (served: ServedDataset) =>
  collectionHandlers(served, 'sources', {
    what: 'source',
    list: (dataset) => dataset.sources.map(({ text: _text, ...summary }) => summary),
    find: (dataset, id) =>
      dataset.store?.source?.(id) ?? dataset.sources.find((item) => item.id === id),
  })
