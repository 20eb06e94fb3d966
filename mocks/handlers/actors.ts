import { collectionHandlers } from './collection'
import type { ServedDataset } from './dataset'

// Every version of a dataset has the same actors; `?version=` is accepted so any resource can be pinned.
export const actorHandlers = (served: ServedDataset) =>
  collectionHandlers(served, 'actors', {
    what: 'actor',
    list: (dataset) => dataset.actors,
    find: (dataset, id) => dataset.actors.find((item) => item.id === id),
  })
