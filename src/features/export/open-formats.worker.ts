import { expose, transfer } from 'comlink'
import { codebookLabels } from '../../lib/labels'
import { openFormatFile } from './open-formats'
import type { OpenFormatJob } from './open-formats-client'

// A Parquet file or data package of 100,000 statements takes seconds to write; here it takes them
// off the page's main thread, which keeps answering while the file is made.
expose({
  async make({ terms, ...request }: OpenFormatJob) {
    const file = await openFormatFile({
      ...request,
      labels: codebookLabels(request.codebook, terms),
    })
    return transfer(file, [file.bytes.buffer])
  },
})
