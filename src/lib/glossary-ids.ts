/**
 * The glossary's words, by id: what a page needs to link a word to its entry. The definitions
 * themselves (`glossary.ts`) load when a reader first asks for one, not with the first paint.
 */
export const glossaryIds = [
  'statement',
  'stance',
  'explicit',
  'decisive',
  'median',
  'mixed',
  'most-frequent',
  'based-on',
  'position',
  'party',
  'initiator',
  'addressee',
  'passage',
  'quotation',
  'paraphrase',
  'rationale',
  'codebook',
  'coder',
  'agreement',
  'alpha',
  'synthetic',
] as const

export type GlossaryId = (typeof glossaryIds)[number]

/** The anchor of a term on the method page. */
export const glossaryAnchor = (id: GlossaryId) => `glossary-${id}`
