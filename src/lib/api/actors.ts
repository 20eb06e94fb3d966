import * as z from 'zod/mini'
import { actorSchema } from '../schemas/actor'
import { versionedQueryOptions } from './version'

export const actorsQueryOptions = (version: string | null = null) =>
  versionedQueryOptions('actors', z.array(actorSchema), version)
