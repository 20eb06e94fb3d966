import { codebookSchema } from '../schemas/codebook'
import { versionedQueryOptions } from './version'

export const codebookQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('codebook', codebookSchema, version)
