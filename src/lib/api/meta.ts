import { answerOf } from './client'
import { versionedQueryOptions } from './version'

export const metaQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('meta', answerOf('meta'), version)
