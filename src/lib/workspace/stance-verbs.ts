/**
 * Verbs that take a stance by opposing something, beside the lexicon's own (`reporting-verbs.ts`):
 * opposing it, dismissing what others say of it, refusing to recognise or accept it. Each
 * criticises what it names, and backs the initiator when what it names is pressure on it
 * ("dismissed the accusations against Quarnia").
 */
export const stanceVerbs = [
  { lemma: 'oppose', forms: 'oppos(?:e|es|ed)', sense: 'criticises' },
  {
    lemma: 'dismiss',
    forms: 'dismiss(?:es|ed|ing)?',
    sense: 'criticises',
    // What others said, not a person dismissed from office.
    follow:
      /^\s+(?:what|(?:the\s+|\S+['’]s\s+)?(?:\p{L}+\s+)?(?:accusations?|allegations?|claims?|criticism|charges?|calls?|concerns?))\b/u,
  },
  {
    lemma: 'refuse',
    forms: 'refus(?:e|es|ed)|refusing',
    sense: 'criticises',
    follow: /^\s+to\s+(?:recogni[sz]e|accept|endorse|support|condone|back)\b/u,
  },
  // "advised its nationals to leave": read as a call, which finds the consular note.
  {
    lemma: 'advise',
    forms: 'advis(?:e|es|ed)|advising',
    sense: 'calls',
    follow: /^\s+(?:against|(?:its|their|our|his|her)\s)/u,
  },
] as const
