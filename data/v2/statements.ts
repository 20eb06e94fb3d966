import * as z from 'zod/mini'
import { statementSchema, type Statement } from '../../src/lib/schemas/statement'
import published from './statements.json' with { type: 'json' }

/**
 * The statements of dataset 2026-11-28.1, coded by codebook 2.0.0, frozen as published so that
 * version stays servable unchanged. The data-honesty tests check every offset against the article.
 */
export const statementsV2: Statement[] = z.array(statementSchema).parse(published)
