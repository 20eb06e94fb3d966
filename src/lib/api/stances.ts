import { answerOf } from './client'
import { versionedQueryOptions } from './version'

export const stancesQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('stances', answerOf('stances'), version)
