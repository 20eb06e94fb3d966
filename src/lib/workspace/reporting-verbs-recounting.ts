import type { ReportingVerb } from './reporting-verbs'

/**
 * Verbs that report a statement by what it does rather than by saying: pledging readiness
 * ("Switzerland stands ready to offer its good offices", "we are ready to support talks"),
 * sympathy ("our thoughts are with …"), sharing views ("shares the views expressed in …"), following with concern, regarding as, echoing, reminding ("reminded all states that …"), reporting ("the agency reported that …"), standing with someone and pledging aid. Kept
 * before the main list: "stands ready" must be read before "stands" is.
 */
export const recountingVerbs: readonly ReportingVerb[] = [
  {
    lemma: 'be ready',
    forms: '(?:stands?|stood|remains?|is|are|am) ready',
    sense: 'says',
    follow: /^\s+to\b/u,
  },
  // "Our thoughts are with the families": sympathy, in the words of whose thoughts they are.
  {
    lemma: 'be with',
    forms: '(?:thoughts|prayers|hearts|sympathies)\\s+(?:are|go|remain)(?:\\s+out)?\\s+(?:with|to)',
    sense: 'says',
  },
  // "Serbia shares the views expressed in this declaration": making another's words its own.
  {
    lemma: 'share',
    forms: 'shar(?:e|es|ed|ing)',
    sense: 'says',
    follow:
      /^\s+(?:the|its|their|our)\s+(?:\p{Ll}+\s+)?(?:views?|concerns?|positions?|assessment)\b/u,
  },
  // "The Secretary-General is following with concern …": watching, as a statement says it.
  {
    lemma: 'follow with concern',
    forms: 'follow(?:s|ed|ing)?',
    sense: 'says',
    follow: /^\s+(?:\S+\s+){0,8}?with\s+(?:\p{Ll}+\s+)?(?:concern|alarm|attention|dismay)\b/u,
  },
  // "Finland regards the closure as a grave mistake", "considers the test «a grave violation»".
  {
    lemma: 'regard',
    forms: 'regard(?:s|ed|ing)?|view(?:s|ed|ing)?|sees|saw',
    sense: 'says',
    follow: /^\s+(?:\S+\s+){1,6}?as\b/u,
  },
  {
    lemma: 'consider',
    forms: 'consider(?:s|ed|ing)?',
    sense: 'says',
    follow: /^\s+(?:that\b|(?:\S+\s+){1,6}?(?:as\b|to\s+be\b|["“'‘«„]))/u,
  },
  { lemma: 'echo', forms: 'echo(?:es|ed|ing)?', sense: 'says' },
  { lemma: 'remind', forms: 'remind(?:s|ed|ing)?', sense: 'says' },
  { lemma: 'report', forms: 'report(?:s|ed)', sense: 'says', follow: /^\s+(?:that|on)\b|^[,:]/u },
  // "The EU stands in solidarity with …": taking a side ("stands with" and "by" are the main list's).
  {
    lemma: 'stand with',
    forms: 'stands?|stood|standing',
    sense: 'says',
    follow: /^\s+(?:firmly\s+|fully\s+)?in\s+(?:full\s+)?solidarity\s+with\b/u,
  },
  // "Ireland will provide a further €3 million …": a pledge of aid, in the future, is a statement.
  {
    lemma: 'pledge aid',
    forms: 'will (?:provide|contribute|allocate|donate|send|give)',
    sense: 'says',
    follow: /^\s+(?:\S+\s+){0,3}?(?:€|\$|£|\d|(?:aid|assistance|funding|relief|humanitarian)\b)/u,
  },
]
