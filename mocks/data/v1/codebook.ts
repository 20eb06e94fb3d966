import type { Codebook } from '../../../src/lib/schemas/codebook'

/** Codebook 1.0.0 as published with dataset 2026-11-27.1; kept unchanged so that version stays servable. */
export const codebookV1: Codebook = {
  version: '1.0.0',
  updatedAt: '2026-11-27',
  stances: [
    {
      id: 'supports',
      rank: 1,
      label: 'Supports the operation',
      definition: 'Expresses support for Azerbaijan’s operation or for its stated aims.',
      example:
        'Türkiye expressed support for the operation “to preserve its territorial integrity”.',
    },
    {
      id: 'calls-on-all-sides',
      rank: 2,
      label: 'Calls on all sides',
      definition:
        'Calls for an end to the fighting, restraint or negotiation without singling out Azerbaijan.',
      example: 'Russia urged “the conflicting parties” to stop the bloodshed.',
    },
    {
      id: 'urges-halt',
      rank: 3,
      label: 'Urges Azerbaijan to halt',
      definition: 'Calls on Azerbaijan by name to stop its military action, without condemning it.',
      example: 'The United States urged Azerbaijan to “immediately cease military actions”.',
    },
    {
      id: 'condemns',
      rank: 4,
      label: 'Condemns the operation',
      definition: 'Condemns or denounces Azerbaijan’s military action.',
      example: 'Armenia condemned Baku’s “full-scale aggression”.',
    },
  ],
  dimensions: [
    {
      id: 'end-fighting',
      label: 'End to the fighting',
      question: 'Does it call for the fighting or hostilities to stop?',
      definition: 'Calls for a halt, a cease-fire or an end to hostilities, by anyone.',
    },
    {
      id: 'condemnation',
      label: 'Condemnation',
      question: 'Does it condemn the operation?',
      definition: 'Condemns or denounces the military action.',
    },
    {
      id: 'territorial-integrity',
      label: 'Territorial integrity',
      question: 'Does it invoke Azerbaijan’s territorial integrity?',
      definition: 'Defends the operation or Azerbaijan’s claim in terms of its territory.',
    },
    {
      id: 'negotiations',
      label: 'Negotiations',
      question: 'Does it call for or back talks?',
      definition: 'Calls for, backs or agrees to negotiations or talks between the sides.',
    },
    {
      id: 'humanitarian',
      label: 'Humanitarian concern',
      question: 'Does it speak of civilians or humanitarian needs?',
      definition: 'Speaks of civilian casualties, the shelling of towns, evacuation or a corridor.',
    },
    {
      id: 'backs-party',
      label: 'Backs a party',
      question: 'Does it declare support for one of the sides?',
      definition: 'Declares support or solidarity for a named party; the party is recorded.',
    },
  ],
  derivationRule:
    "An actor's overall stance is the stance its statements express most often. Statements that express no stance toward the operation do not count. A tie goes to the stance further along the scale toward condemnation, since a sharper statement is the more telling one. Parties to the conflict are not placed on the scale.",
  quoteRule:
    'A quote is shown only where the article prints the actor’s words inside quotation marks, and is shown character for character. Everything else is the article’s reported speech, shown as a paraphrase in the article’s own words.',
}
