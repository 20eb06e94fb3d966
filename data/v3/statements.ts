import * as z from 'zod/mini'
import { statementSchema, type Statement } from '../../src/lib/schemas/statement'
import published from './statements.json' with { type: 'json' }

/**
 * The statements of dataset 2026-12-07.1, coded by codebook 3.0.0, frozen as published so that
 * version stays servable unchanged. The data-honesty tests check every offset against the article.
 */
export const statementsV3: Statement[] = z.array(statementSchema).parse(published)
