import { collectionHandlers } from './collection'
import type { ServedDataset } from './dataset'

// Each version's stances come from its own statements by its own codebook's rule; one actor's
// stance is found by the actor's id.
export const stanceHandlers = (served: ServedDataset) =>
  collectionHandlers(served, 'stances', {
    what: 'actor',
    list: (dataset) => dataset.store?.stances?.() ?? dataset.stances,
    find: async (dataset, actorId) =>
      (await (dataset.store?.stances?.() ?? dataset.stances)).find(
        (item) => item.actorId === actorId,
      ),
  })
