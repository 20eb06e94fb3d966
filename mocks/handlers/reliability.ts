import { http } from 'msw'
import { reliabilityOf, secondCoding } from '../data/codings/reliability'
import { withETag } from './etag'
import { answer, apiPath, rejectQuery } from './route'

// Measured once: both codings are fixed data.
const measured = reliabilityOf(secondCoding)

/** The second coding's agreement with the dataset, or why it is not available. */
export const reliabilityHandlers = [
  http.get(apiPath('/reliability'), async ({ request }) =>
    withETag(
      request,
      await (rejectQuery(request) ??
        answer('codebook', {
          available: measured.reliability !== null,
          reliability: measured.reliability,
          problems: measured.problems,
        })),
      'second-coding',
    ),
  ),
]
