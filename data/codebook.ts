import type { Codebook } from '../src/lib/schemas/codebook'
import { actors, addressees, channels, rules } from './codebook-rules'

export const codebookVersion = '3.1.0'

// The rule `src/lib/codebook/derive-stance.ts` applies, in words.
const derivationRule =
  'An actor’s stance toward {action} is derived from its statements that carry a stance, in three steps. Decisive: where statements carry an explicit stance (the source reports the actor’s evaluation of {action} in words that name it, such as “expressed support” or “condemned”), the explicit stances decide, whatever its other statements say. Median: otherwise the stance is the median of its statements’ stances on the ordinal scale, ranks 1 to 4. Mixed: where no single category is central (explicit stances that disagree, in any number, or an even number of statements whose two middle stances differ), the result is mixed, shown as the range from the lowest to the highest rank its statements take, such as “Supports {action} – Calls on all sides”. No tie is broken toward either end of the scale and, within one source, no statement is weighted above another. Statements without a stance do not count, second mentions are passages of one statement and never counted again, and the event’s parties are not placed on the scale. Each derived stance says how many statements it rests on (“based on 1 statement”). Sources weighed: where more than one source reports an actor’s stance on the same event, each source’s statements give that source’s account, by the three steps applied to them alone, and the accounts are weighed. Accounts that agree give their stance. Where they disagree, an account that quotes the actor’s own words outweighs one that reports the actor only in the reporter’s words, since a quotation is what the actor said and a reporter’s verb (“condemned”) is one reporter’s reading of it; only the accounts that quote then count. Accounts of equal weight that still disagree give mixed, the range from the lowest to the highest rank they take, and not the stricter reading: taking the end nearer condemnation would break a tie toward one end of the scale and let the harshest report decide. A source that reports no stance of the actor gives no account, and the event’s parties are never weighed.'

const quoteRule =
  'A quote is only what the source prints inside quotation marks (“ ”) as the actor’s words. Record each quotation character for character, without its quotation marks. A comma set just before the closing mark is the source’s and is left out (support for the operation “to preserve its territorial integrity,” with …); so is a full stop there that ends the source’s own sentence after a quoted fragment (solidarity in Azerbaijan’s “rightful cause.”). A full stop that ends a whole sentence of the speaker’s own, quoted as a sentence, is the speaker’s and is kept (“… this historic opportunity.”, “They will take place in the city of Yevlakh on September 21.”). A statement with at least one quotation is a quote; a statement the source only reports in its own words is a paraphrase, shown in the source’s words and never inside quotation marks.'

/**
 * Codebook 3.1.0: one stance scale for every event. Its labels, definitions and questions are
 * written from the event's initiator and action, so the same rule codes any event.
 */
export const codebook: Codebook = {
  version: codebookVersion,
  updatedAt: '2026-12-07',
  stances: [
    {
      id: 'supports',
      rank: 1,
      label: 'Supports {action}',
      definition:
        'Expresses support for {action}, for its stated aims, or for {initiator’s} right to take it.',
      example: 'Reported as expressing support for, backing, endorsing or welcoming {action}.',
    },
    {
      id: 'calls-on-all-sides',
      rank: 2,
      label: 'Calls on all sides',
      definition:
        'Calls for restraint, an end to the fighting or talks, or voices concern about the situation, without singling out {initiator} or blaming anyone.',
      example:
        'Urges both sides, all sides or the parties to stop, to show restraint or to keep negotiating; concerned about the escalation.',
    },
    {
      id: 'urges-halt',
      rank: 3,
      label: 'Urges {initiator} to halt',
      definition:
        'Calls on {initiator} by name to stop or reverse {action}, or criticises it as {initiator’s} doing short of condemning it (deplores it, voices concern about it).',
      example:
        'Urges or calls on {initiator} to cease {action}; deplores {action}; concerned by {initiator’s} move.',
    },
    {
      id: 'condemns',
      rank: 4,
      label: 'Condemns {action}',
      definition: 'Condemns or denounces {action}, or calls it aggression or a breach of law.',
      example: 'Reported as condemning or denouncing {action}, or calling it aggression.',
    },
  ],
  dimensions: [
    {
      id: 'end-fighting',
      label: 'End to the fighting',
      question: 'Does it call for the fighting or hostilities to stop?',
      definition:
        'Calls for, announces or agrees to a halt to the fighting, a cease-fire or an end to hostilities, by anyone. A call to reverse an act that involves no fighting (to reopen a border, to lift a measure) is a stance, not this position.',
    },
    {
      id: 'condemnation',
      label: 'Condemnation',
      question: 'Does it condemn {action}?',
      definition: 'Condemns or denounces {action} or violence done in its course.',
    },
    {
      id: 'territorial-integrity',
      label: 'Territorial integrity',
      question: 'Does it invoke a state’s territorial integrity, sovereignty or borders?',
      definition:
        'Argues in terms of a state’s territory, territorial integrity, sovereignty, recognised borders or constitutional order, for or against {action}.',
    },
    {
      id: 'negotiations',
      label: 'Negotiations',
      question: 'Does it call for or back talks?',
      definition:
        'Calls for, backs or agrees to negotiations, talks, mediation or a meeting between the sides.',
    },
    {
      id: 'humanitarian',
      label: 'Humanitarian concern',
      question: 'Does it speak of civilians or humanitarian needs?',
      definition:
        'Speaks of civilians, casualties, the displaced, evacuation, a corridor or humanitarian access.',
    },
    {
      id: 'backs-party',
      label: 'Backs a party',
      question: 'Does it declare support for one of the sides?',
      definition:
        'Declares support or solidarity for a party named in the passage (a state, a people or an authority), not for an action or a process; the party is recorded.',
    },
  ],
  derivationRule,
  quoteRule,
  rules,
  channels,
  actors,
  addressees,
}
