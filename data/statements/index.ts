import type { Statement } from '../../src/lib/schemas/statement'
import { partyStatements } from './parties'
import { thirdPartyStatements } from './third-parties'

// Coded by codebook 3.1.0 (docs/codebook.md). Every passage and quote is looked up in the article
// by `buildStatement`, which computes the offsets; a record holds only the article's words and
// the coding.

// One file per group of actors, joined in the dataset's order: the parties' statements come last.
export const statements: Statement[] = [...thirdPartyStatements, ...partyStatements]
