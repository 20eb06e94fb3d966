import { codebookSchema, type Codebook } from '../../src/lib/schemas/codebook'
import published from './codebook.json' with { type: 'json' }

/** Codebook 2.0.0 as published with dataset 2026-11-28.1, frozen so that version stays servable. */
export const codebookV2: Codebook = codebookSchema.parse(published)
