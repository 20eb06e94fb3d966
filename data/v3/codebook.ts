import { codebookSchema, type Codebook } from '../../src/lib/schemas/codebook'
import published from './codebook.json' with { type: 'json' }

/** Codebook 3.0.0 as published with dataset 2026-12-07.1, frozen so that version stays servable. */
export const codebookV3: Codebook = codebookSchema.parse(published)
