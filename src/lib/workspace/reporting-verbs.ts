import { recountingVerbs } from './reporting-verbs-recounting'
import { stanceVerbs } from './stance-verbs'

/**
 * What a reporting verb can suggest of a statement's stance, read against the event's initiator and
 * action (docs/codebook.md, "Stance"):
 * - `condemns`: condemns what it names; the action's condemnation when it names the action;
 * - `supports`: backs what it names; the action's support when it names the action or initiator;
 * - `criticises`: criticism short of condemnation (deplores, regrets, concern): rank 3 when it is
 *   about the action as the initiator's doing, rank 2 when it blames no one;
 * - `calls`: a call, read from whom it calls on;
 * - `thanks`: thanks, which take no stance;
 * - `says`: a verb of saying that takes no stance itself; the words it reports may.
 */
export type VerbSense = 'condemns' | 'supports' | 'criticises' | 'calls' | 'thanks' | 'says'

export type ReportingVerb = {
  /** The verb's base form, as the reason names it. */
  lemma: string
  /** Its forms as a pattern: base, third person, past and participle. */
  forms: string
  sense: VerbSense
  /**
   * Words that must follow for the verb to report speech ("expressed" reports speech only when
   * concern, support or the like follow; "called" only with "on", "for" or what it called
   * something). Matched against the start of what follows the verb.
   */
  follow?: RegExp
}

/** Forms of a regular verb: "urge" → urge, urges, urged, urging. */
const regular = (stem: string, ending: 'e' | '' = '') =>
  ending === 'e' ? `${stem}e(?:s|d)?|${stem}ing` : `${stem}(?:s|ed|ing)?`

const feelings =
  /^\s+(?:the\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}?\p{Lu}[\p{L}-]*(?:’s|'s)\s+)?(?:(?:its|his|her|their|our|deep|grave|serious|strong|full|profound|great|growing|further|continued|firm|unwavering)\s+)*(?:support|backing|solidarity|concern|concerns|regret|dismay|alarm|disappointment|outrage|indignation|condolences|sympathy|hope|readiness|satisfaction|gratitude|appreciation|opposition|condemnation|worry|frustration|understanding)\b/iu

/** The verbs the drafts read as reporting speech, with what each can suggest. */
export const reportingVerbs: readonly ReportingVerb[] = [
  ...recountingVerbs,
  // Condemnation.
  { lemma: 'condemn', forms: regular('condemn'), sense: 'condemns' },
  { lemma: 'denounce', forms: regular('denounc', 'e'), sense: 'condemns' },
  { lemma: 'decry', forms: 'decr(?:y|ies|ied|ying)', sense: 'condemns' },
  { lemma: 'censure', forms: regular('censur', 'e'), sense: 'condemns' },
  { lemma: 'slam', forms: 'slam(?:s|med|ming)?', sense: 'condemns' },
  { lemma: 'blast', forms: regular('blast'), sense: 'condemns' },
  // Support.
  { lemma: 'support', forms: regular('support'), sense: 'supports' },
  {
    lemma: 'back',
    forms: 'back(?:s|ed|ing)',
    sense: 'supports',
    follow: /^\s+(?!(?:down|off|out|to|from|into|in|on|home|and)\b)\p{L}/u,
  },
  { lemma: 'endorse', forms: regular('endors', 'e'), sense: 'supports' },
  { lemma: 'praise', forms: regular('prais', 'e'), sense: 'supports' },
  { lemma: 'hail', forms: regular('hail'), sense: 'supports' },
  { lemma: 'applaud', forms: regular('applaud'), sense: 'supports' },
  { lemma: 'commend', forms: regular('commend'), sense: 'supports' },
  { lemma: 'welcome', forms: regular('welcom', 'e'), sense: 'supports' },
  { lemma: 'salute', forms: regular('salut', 'e'), sense: 'supports' },
  { lemma: 'congratulate', forms: regular('congratulat', 'e'), sense: 'supports' },
  // Criticism short of condemnation.
  { lemma: 'deplore', forms: regular('deplor', 'e'), sense: 'criticises' },
  { lemma: 'regret', forms: 'regret(?:s|ted|ting)?', sense: 'criticises' },
  { lemma: 'lament', forms: regular('lament'), sense: 'criticises' },
  {
    lemma: 'criticise',
    forms: `${regular('criticis', 'e')}|${regular('criticiz', 'e')}`,
    sense: 'criticises',
  },
  { lemma: 'protest', forms: regular('protest'), sense: 'criticises' },
  { lemma: 'reject', forms: regular('reject'), sense: 'criticises' },
  ...stanceVerbs,
  {
    lemma: 'be concerned',
    forms: 'concerned|alarmed|dismayed|troubled|worried|disappointed|outraged|appalled|shocked',
    sense: 'criticises',
    follow: /^\s+(?:by|at|about|over|with|that)\b/u,
  },
  { lemma: 'object', forms: regular('object'), sense: 'criticises', follow: /^\s+to\b/u },
  { lemma: 'express', forms: 'express(?:es|ed|ing)?', sense: 'says', follow: feelings },
  { lemma: 'voice', forms: regular('voic', 'e'), sense: 'says', follow: feelings },
  { lemma: 'convey', forms: regular('convey'), sense: 'says', follow: feelings },
  { lemma: 'reiterate', forms: regular('reiterat', 'e'), sense: 'says' },
  // Calls.
  {
    lemma: 'call',
    forms: regular('call'),
    sense: 'calls',
    follow: /^\s+["“'‘«„]?(?:on|for|upon)\b/u,
  },
  { lemma: 'urge', forms: regular('urg', 'e'), sense: 'calls' },
  {
    lemma: 'appeal',
    forms: regular('appeal'),
    sense: 'calls',
    follow: /^\s+(?:\p{Ll}+\s+){0,2}?(?:to|for)\b/u,
  },
  { lemma: 'ask', forms: regular('ask'), sense: 'calls' },
  { lemma: 'demand', forms: regular('demand'), sense: 'calls' },
  {
    lemma: 'press',
    forms: 'press(?:es|ed|ing)?',
    sense: 'calls',
    follow: /^\s+(?!conference|briefing|release)\p{L}/u,
  },
  { lemma: 'implore', forms: regular('implor', 'e'), sense: 'calls' },
  { lemma: 'exhort', forms: regular('exhort'), sense: 'calls' },
  {
    lemma: 'plead',
    forms: 'plead(?:s|ed|ing)?|pled',
    sense: 'calls',
    follow: /^\s+(?:with|for)\b/u,
  },
  { lemma: 'request', forms: regular('request'), sense: 'calls' },
  { lemma: 'encourage', forms: regular('encourag', 'e'), sense: 'calls' },
  {
    lemma: 'invite',
    forms: regular('invit', 'e'),
    sense: 'calls',
    follow: /^\s+\S+\s+(?:\S+\s+){0,3}?to\b/u,
  },
  { lemma: 'insist', forms: regular('insist'), sense: 'says' },
  {
    lemma: 'stand',
    forms: 'stand(?:s|ing)?|stood',
    sense: 'supports',
    follow: /^\s+(?:by|with|behind)\b/u,
  },
  {
    lemma: 'align',
    forms: 'align(?:s|ed|ing)?',
    sense: 'says',
    follow: /^\s+(?:themselves|itself|ourselves)\s+with\b/u,
  },
  {
    lemma: 'offer',
    forms: 'offer(?:s|ed|ing)',
    sense: 'says',
    follow: /^\s+(?!no\b)\p{L}/u,
  },
  {
    lemma: 'agree',
    forms: 'agree(?:s|d)|agreeing',
    sense: 'says',
    follow: /^\s+(?:to|on|that|with)\b/u,
  },
  { lemma: 'accept', forms: regular('accept'), sense: 'says' },
  // Thanks.
  {
    lemma: 'thank',
    forms: regular('thank'),
    sense: 'thanks',
    // "I thank the Under-Secretary-General for her briefing": a meeting's courtesy, no statement.
    follow:
      /^(?!\s+(?:\S+\s+){1,5}?for\s+(?:his|her|their|the|its|this|your)\s+(?:\p{L}+\s+)?(?:briefing|statement|remarks|presentation|report|introduction)\b)/u,
  },
  // Verbs of saying.
  { lemma: 'say', forms: 'sa(?:y|ys|id|ying)', sense: 'says' },
  {
    lemma: 'state',
    forms: 'stated|stating',
    sense: 'says',
    follow: /^(?:\s+(?:that|on|in)\b|[,:])/u,
  },
  { lemma: 'tell', forms: 'tell(?:s|ing)?|told', sense: 'says' },
  { lemma: 'add', forms: 'add(?:s|ed|ing)', sense: 'says', follow: /^(?:\s+that\b|[,.:])/u },
  { lemma: 'note', forms: 'not(?:es|ed|ing)', sense: 'says', follow: /^\s+(?:that|with)\b/u },
  { lemma: 'stress', forms: 'stress(?:es|ed|ing)?', sense: 'says' },
  {
    lemma: 'emphasise',
    forms: `${regular('emphasis', 'e')}|${regular('emphasiz', 'e')}`,
    sense: 'says',
  },
  { lemma: 'underline', forms: regular('underlin', 'e'), sense: 'says' },
  { lemma: 'underscore', forms: regular('underscor', 'e'), sense: 'says' },
  { lemma: 'highlight', forms: regular('highlight'), sense: 'says' },
  { lemma: 'assure', forms: regular('assur', 'e'), sense: 'says' },
  { lemma: 'announce', forms: regular('announc', 'e'), sense: 'says' },
  { lemma: 'declare', forms: regular('declar', 'e'), sense: 'says' },
  { lemma: 'describe', forms: regular('describ', 'e'), sense: 'says' },
  { lemma: 'write', forms: 'writ(?:e|es|ing)|wrote|written', sense: 'says' },
  {
    lemma: 'post',
    forms: 'post(?:ed|ing)',
    sense: 'says',
    follow: /^\s+(?:on|that|in)\b|^[,:.;]/u,
  },
  {
    lemma: 'according to',
    forms: 'according',
    sense: 'says',
    follow: /^\s+to\s+(?!(?:the\s+)?(?:reports?|figures|data|estimates|sources)\b)/u,
  },
  { lemma: 'tweet', forms: 'tweet(?:ed|ing)', sense: 'says' },
  { lemma: 'explain', forms: regular('explain'), sense: 'says' },
  { lemma: 'clarify', forms: 'clarif(?:y|ies|ied|ying)', sense: 'says' },
  {
    lemma: 'comment',
    forms: 'comment(?:ed|ing)',
    sense: 'says',
    follow: /^\s+(?:on|that)\b|^[,:]/u,
  },
  { lemma: 'remark', forms: regular('remark'), sense: 'says' },
  { lemma: 'reply', forms: 'repl(?:y|ies|ied|ying)', sense: 'says' },
  { lemma: 'respond', forms: regular('respond'), sense: 'says' },
  { lemma: 'claim', forms: regular('claim'), sense: 'says' },
  { lemma: 'argue', forms: regular('argu', 'e'), sense: 'says' },
  { lemma: 'warn', forms: regular('warn'), sense: 'says' },
  { lemma: 'vow', forms: regular('vow'), sense: 'says' },
  { lemma: 'pledge', forms: regular('pledg', 'e'), sense: 'says' },
  { lemma: 'promise', forms: regular('promis', 'e'), sense: 'says' },
  { lemma: 'confirm', forms: regular('confirm'), sense: 'says' },
  { lemma: 'acknowledge', forms: regular('acknowledg', 'e'), sense: 'says' },
  { lemma: 'admit', forms: 'admit(?:s|ted|ting)?', sense: 'says' },
  { lemma: 'maintain', forms: regular('maintain'), sense: 'says', follow: /^\s+that\b/u },
  { lemma: 'point out', forms: regular('point'), sense: 'says', follow: /^\s+out\b/u },
  { lemma: 'inform', forms: regular('inform'), sense: 'says' },
  { lemma: 'brief', forms: 'brief(?:ed|s)', sense: 'says' },
  { lemma: 'accuse', forms: regular('accus', 'e'), sense: 'says' },
  { lemma: 'blame', forms: regular('blam', 'e'), sense: 'says' },
  { lemma: 'recall', forms: regular('recall'), sense: 'says', follow: /^\s+that\b/u },
  { lemma: 'affirm', forms: regular('affirm'), sense: 'says' },
  { lemma: 'reaffirm', forms: regular('reaffirm'), sense: 'says' },
  {
    lemma: 'signal',
    forms: 'signal(?:s|led|ed|ling|ing)?',
    sense: 'says',
    follow: /^\s+(?:that|its|readiness)\b/u,
  },
  { lemma: 'indicate', forms: regular('indicat', 'e'), sense: 'says', follow: /^\s+that\b/u },
  { lemma: 'suggest', forms: regular('suggest'), sense: 'says', follow: /^\s+that\b/u },
  { lemma: 'predict', forms: regular('predict'), sense: 'says' },
  { lemma: 'threaten', forms: regular('threaten'), sense: 'says' },
  { lemma: 'deny', forms: 'den(?:y|ies|ied|ying)', sense: 'says' },
  {
    lemma: 'characterise',
    forms: `${regular('characteris', 'e')}|${regular('characteriz', 'e')}`,
    sense: 'says',
  },
  {
    lemma: 'call … something',
    forms: 'called|calls|calling',
    sense: 'says',
    follow:
      /^\s+(?:(?:it|this|that|them)\b|(?:the|its|their|his|her)\s+(?:\S+\s+){0,3}?\S+\s+(?:["“'‘«„]|an?\s|illegal|unacceptable|regrettable))/u,
  },
]
