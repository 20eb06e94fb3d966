import * as z from 'zod/mini'
import { stanceSummarySchema } from '../schemas/stance-summary'
import { versionedQueryOptions } from './version'

export const stancesQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('stances', z.array(stanceSummarySchema), version)
