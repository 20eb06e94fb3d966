import { answerOf } from './client'
import { versionedQueryOptions } from './version'

export const actorsQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('actors', answerOf('actors'), version)
