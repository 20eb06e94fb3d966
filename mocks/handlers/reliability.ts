import { http } from 'msw'
import { reliabilityOf, secondCoding } from '../../data/codings/reliability'
import type { ServedDataset } from './dataset'
import { withETag } from './etag'
import { answer, apiPath, rejectQuery } from './route'
import { labelled } from './version'

// Measured once, when first asked for: both codings are fixed data, and the bootstrap's
// resamples take a moment that no other page should wait for.
let measured: ReturnType<typeof reliabilityOf> | undefined
const measure = () => (measured ??= reliabilityOf(secondCoding))

/** The second coding's agreement with the dataset, or why it is not available. */
export const reliabilityHandlers = (served: ServedDataset) => {
  // Only the article was coded twice; nothing about it may be reported for another dataset.
  const reported = () =>
    served.name === 'article'
      ? measure()
      : {
          reliability: null,
          problems: [`The ${served.name} dataset has no second coding to compare with.`],
        }
  const respond = () => {
    const { reliability, problems } = reported()
    return answer('codebook', { available: reliability !== null, reliability, problems })
  }
  return [
    http.get(apiPath('/reliability'), async ({ request }) =>
      labelled(
        served,
        withETag(
          request,
          await (rejectQuery(request) ?? respond()),
          // The measure changes with the dataset's version, which every new coding comes with.
          `${served.latest.meta.version}-${served.name === 'article' ? 'second-coding' : 'coding'}`,
        ),
      ),
    ),
  ]
}
