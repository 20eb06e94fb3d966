import type { GlossaryId } from './glossary-ids'

/**
 * The words the tracker uses in a sense of its own, each with what it means here. The method page
 * lists them under `#glossary-<id>`; every other page links a word to its entry and shows the
 * definition on hover and focus. `{initiator}`, `{initiator’s}` and `{action}` are
 * filled with the event's words, as the codebook's are.
 */
export const glossary = [
  {
    id: 'statement',
    term: 'Statement',
    definition:
      'One act of speech by one actor as the source reports it: what the actor said, urged, condemned or announced, with the quotations that belong to that act. Each statement is coded on its own.',
  },
  {
    id: 'stance',
    term: 'Stance',
    definition:
      'What a statement says about {action}, on an ordered scale of four ranks, from supporting it (rank 1) to condemning it (rank 4). A statement that judges nothing about {action} has no stance. An actor’s stance is derived from its statements’ stances by the codebook’s rule, never typed by hand.',
  },
  {
    id: 'explicit',
    term: 'Explicit',
    definition:
      'A stance is explicit where the source itself names the actor’s judgement of {action}, with words such as “expressed support for” or “condemned”. A stance read from what an actor called for, or from its quoted words, is not explicit.',
  },
  {
    id: 'decisive',
    term: 'Decisive',
    definition:
      'The rule’s first step. Where an actor has statements with an explicit stance and they agree, they decide its stance, whatever its other statements say. Explicit stances that disagree give a mixed result.',
  },
  {
    id: 'median',
    term: 'Median',
    definition:
      'The rule’s second step, where no statement is explicit: the stance in the middle of the actor’s statements with a stance, put in order from rank 1 to rank 4. Of ranks 1, 2 and 2 the median is 2. Where an even number of statements leaves two different stances in the middle, there is no median and the result is mixed.',
  },
  {
    id: 'mixed',
    term: 'Mixed',
    definition:
      'The result where no single stance is central: explicit stances that disagree, or statements whose two middle stances differ. It is shown as the range from the lowest to the highest rank the statements take; no tie is broken toward either end.',
  },
  {
    id: 'most-frequent',
    term: 'Most frequent',
    definition:
      'The rule of codebook 1.0.0, used only for the first dataset version: the stance an actor’s statements express most often, a tie going toward condemnation.',
  },
  {
    id: 'based-on',
    term: 'Based on',
    definition:
      'How many statements a stance rests on: the explicit ones where they decide, otherwise every statement with a stance. Statements without a stance are listed on the card but not counted.',
  },
  {
    id: 'position',
    term: 'Position (dimension)',
    definition:
      'Besides its stance, each statement is coded on six dimensions, such as calling for an end to the fighting, for talks, or backing one of the parties: it takes the position, says the opposite, or says nothing about it. A card lists the positions its actor’s statements take.',
  },
  {
    id: 'party',
    term: 'Party to the conflict',
    definition:
      'The initiator, or a side it acts against. A party’s statements are coded and shown for context, but get no stance, and a party is never placed on the scale: it does not react to its own conflict as a third party.',
  },
  {
    id: 'initiator',
    term: 'Initiator and action',
    definition:
      'The initiator is the actor whose act the reactions are about; the action is that act in words. The scale and the questions are written from them, so every event reads in its own words.',
  },
  {
    id: 'addressee',
    term: 'Addressee',
    definition:
      'The actor a statement calls on, urges, asks or warns to do something; all sides where the source words it as both sides, the sides or the conflicting parties.',
  },
  {
    id: 'passage',
    term: 'Passage',
    definition:
      'The source’s own words that report a statement, character for character: the sentence with the verb of saying and the quotations that belong to it. A later, shorter mention of the same act is a further passage of the same statement, never a new one.',
  },
  {
    id: 'quotation',
    term: 'Quotation (quote)',
    definition:
      'Words the source prints inside quotation marks as the actor’s own. Only they are shown as a quote, character for character; a statement with at least one quotation is marked Quote.',
  },
  {
    id: 'paraphrase',
    term: 'Paraphrase',
    definition:
      'What the source reports in its own words, without quoting the actor. It is shown in the source’s words, marked as a paraphrase, and never inside quotation marks.',
  },
  {
    id: 'rationale',
    term: 'Rationale (why)',
    definition:
      'The coder’s one-line reason for a statement’s coding, shown as Why beside it, so a reader can disagree with a reason rather than a number.',
  },
  {
    id: 'codebook',
    term: 'Codebook',
    definition:
      'The written rules by which statements are cut, coded and turned into stances. Each version is published, and each dataset version names the codebook it was coded by.',
  },
  {
    id: 'coder',
    term: 'Coder and unit',
    definition:
      'A coder is a person who codes the source by the codebook. Coder A made the dataset; coder B coded the same source blind, without seeing A’s coding. A unit is one statement as the two codings are paired, by the source’s words it rests on.',
  },
  {
    id: 'agreement',
    term: 'Agreement',
    definition:
      'The share of units on which the two coders recorded the same value for a field. It does not allow for the agreement that chance alone would give; α does.',
  },
  {
    id: 'alpha',
    term: 'α (Krippendorff’s alpha)',
    definition:
      'Agreement between coders corrected for what chance alone would give: 1 is perfect agreement, 0 no better than chance, below 0 worse than chance. On few units it is fragile, since one disagreement more moves it a long way, and it cannot tell whether both coders were wrong in the same way.',
  },
  {
    id: 'synthetic',
    term: 'Synthetic',
    definition:
      'Generated by a program, not reported by anyone: the synthetic corpus exists to test the page at scale. None of it is a real statement; it is labelled synthetic wherever it is shown, and never cited or exported as real.',
  },
] as const satisfies readonly { id: GlossaryId; term: string; definition: string }[]

export type GlossaryEntry = (typeof glossary)[number]
export { glossaryAnchor, type GlossaryId } from './glossary-ids'

export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  const entry = glossary.find((candidate) => candidate.id === id)
  if (!entry) throw new Error(`No glossary entry ${id}.`)
  return entry
}
