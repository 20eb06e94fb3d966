import { actors } from '../data/actors'
import { statements } from '../data/statements'
import { stanceIdSchema } from '../src/lib/schemas/codebook'
import type { StanceId } from '../src/lib/vocabulary'

/** Türkiye, an actor placed on the scale, whose statements the stance rule's tests recode. */
export const turkiye = actors.find((actor) => actor.id === 'turkiye')!
export const sample = statements.find((statement) => statement.actorId === 'turkiye')!

/** Statements of one actor with these stances; a trailing `!` marks an explicit stance. */
export const coded = (...codes: (StanceId | `${StanceId}!` | null)[]) =>
  codes.map((code, index) => ({
    ...sample,
    id: `s${index}`,
    stance: code ? stanceIdSchema.parse(code.replace('!', '')) : null,
    explicitStance: code?.endsWith('!') ?? false,
  }))
