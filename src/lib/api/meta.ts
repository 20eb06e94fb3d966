import { datasetMetaSchema } from '../schemas/event'
import { versionedQueryOptions } from './version'

export const metaQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('meta', datasetMetaSchema, version)
