import { http } from 'msw'
import { reliabilityOf, secondCoding } from '../../data/codings/reliability'
import type { ServedDataset } from './dataset'
import { withETag } from './etag'
import { answer, apiPath, rejectQuery } from './route'
import { labelled } from './version'

// Measured once: both codings are fixed data.
const measured = reliabilityOf(secondCoding)

/** The second coding's agreement with the dataset, or why it is not available. */
export const reliabilityHandlers = (served: ServedDataset) => {
  // Only the article was coded twice; nothing about it may be reported for another dataset.
  const reported =
    served.name === 'article'
      ? measured
      : {
          reliability: null,
          problems: [`The ${served.name} dataset has no second coding to compare with.`],
        }
  return [
    http.get(apiPath('/reliability'), async ({ request }) =>
      labelled(
        served,
        withETag(
          request,
          await (rejectQuery(request) ??
            answer('codebook', {
              available: reported.reliability !== null,
              reliability: reported.reliability,
              problems: reported.problems,
            })),
          served.name === 'article' ? 'second-coding' : `${served.latest.meta.version}-coding`,
        ),
      ),
    ),
  ]
}
