import { answerOf } from './client'
import { versionedQueryOptions } from './version'

export const codebookQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('codebook', answerOf('codebook'), version)
