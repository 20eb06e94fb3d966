import { fillTerms, type EventTerms } from '../../src/lib/codebook/event-terms'
import type { DimensionId, StanceId } from '../../src/lib/vocabulary'
import type { EventKind } from './kinds'

/**
 * How an actor speaks of an event: a third party by the stance it takes ('none' for no stance),
 * or one of the event's two sides, whose statements carry no stance, as the codebook's parties'.
 */
export type Reaction = StanceId | 'none' | 'initiator' | 'target'

/** A position a statement may take, with the words that take it. */
export type PositionWords = {
  dimension: DimensionId
  value: 'takes' | 'opposes'
  /** For `backs-party`, the words before the party's name: "stood by". */
  phrases: readonly string[]
}

/** Everything a statement about one event may say, in that event's own words. */
export type PhraseBook = {
  /** What the speaker is said to do: "urged Norway to lift the blockade". */
  says: Record<Reaction, readonly string[]>
  /** The positions that go with each reaction: no one condemns what it backs. */
  positions: Record<Reaction, readonly PositionWords[]>
  /** Words put in the speaker's mouth, shown as a quotation inside the passage. */
  quotes: Record<Reaction, readonly string[]>
}

type Words = Record<DimensionId, { takes: readonly string[]; opposes: readonly string[] }>

/** The words of each position for one kind of event; a position without words does not fit it. */
function positionWords(kind: EventKind): Words {
  return {
    // The spelling variants of "cease-fire" are deliberate: search must find all of them
    // whichever one a person types.
    'end-fighting': kind.fighting
      ? {
          takes: [
            'demanded a cease-fire',
            'asked for a ceasefire without delay',
            'wanted a cease fire to hold',
            'called for an end to the fighting',
          ],
          opposes: [],
        }
      : { takes: [], opposes: [] },
    // The stance phrase has named the action already: these refer back to it.
    condemnation: {
      takes: ['called {it} unacceptable', 'called {it} a breach of international law'],
      opposes: ['declined to condemn {it}'],
    },
    'territorial-integrity': {
      takes: kind.territory,
      opposes: kind.territory.length > 0 ? ['rejected {initiator’s} territorial claims'] : [],
    },
    negotiations: {
      takes: ['urged a return to negotiations', 'offered to host talks between the sides'],
      opposes: [],
    },
    humanitarian: { takes: kind.humanitarian, opposes: [] },
    'backs-party': { takes: ['stood by', 'expressed solidarity with'], opposes: [] },
  }
}

type Choice = readonly [DimensionId, 'takes' | 'opposes']

/** Which positions go with which reaction. */
const fitting: Record<Reaction, readonly Choice[]> = {
  supports: [
    ['territorial-integrity', 'takes'],
    ['negotiations', 'takes'],
    ['humanitarian', 'takes'],
    ['condemnation', 'opposes'],
    ['backs-party', 'takes'],
  ],
  'calls-on-all-sides': [
    ['end-fighting', 'takes'],
    ['negotiations', 'takes'],
    ['humanitarian', 'takes'],
  ],
  'urges-halt': [
    ['end-fighting', 'takes'],
    ['negotiations', 'takes'],
    ['humanitarian', 'takes'],
    ['backs-party', 'takes'],
  ],
  condemns: [
    ['condemnation', 'takes'],
    ['humanitarian', 'takes'],
    ['end-fighting', 'takes'],
    ['territorial-integrity', 'opposes'],
    ['backs-party', 'takes'],
  ],
  none: [
    ['negotiations', 'takes'],
    ['humanitarian', 'takes'],
    ['end-fighting', 'takes'],
    ['backs-party', 'takes'],
  ],
  initiator: [
    ['territorial-integrity', 'takes'],
    ['negotiations', 'takes'],
  ],
  target: [
    ['condemnation', 'takes'],
    ['humanitarian', 'takes'],
    ['negotiations', 'takes'],
    ['end-fighting', 'takes'],
  ],
}

const quotes: Record<Reaction, readonly string[]> = {
  supports: ['this decision was necessary', 'we stand by this decision'],
  'calls-on-all-sides': [
    'we call for calm',
    'dialogue is the only way forward',
    'a peaceful settlement is possible',
  ],
  'urges-halt': ['this must stop now', 'it is not too late to change course'],
  condemns: ['this is unacceptable', 'it violates international law'],
  none: ['we are watching closely', 'we are in contact with all concerned'],
  initiator: ['we acted within our rights', 'we had no other choice'],
  target: ['we will defend our people', 'we call on the world to act'],
}

/** One value for each reaction, made by `make`. */
function perReaction<T>(make: (reaction: Reaction) => T): Record<Reaction, T> {
  return {
    supports: make('supports'),
    'calls-on-all-sides': make('calls-on-all-sides'),
    'urges-halt': make('urges-halt'),
    condemns: make('condemns'),
    none: make('none'),
    initiator: make('initiator'),
    target: make('target'),
  }
}

/** The phrase book of one event: its kind's words, with its initiator and action put in. */
export function phraseBook(kind: EventKind, terms: EventTerms): PhraseBook {
  const fill = (phrases: readonly string[]) =>
    phrases.map((phrase) => fillTerms(phrase.replace('{it}', kind.it), terms))
  const words = positionWords(kind)
  const says: Record<Reaction, readonly string[]> = {
    supports: ['expressed support for {action}', 'backed {action}'],
    'calls-on-all-sides': [
      'called on all sides to show restraint',
      'urged all parties to de-escalate',
    ],
    'urges-halt': kind.undo.flatMap((verb) => [
      `urged {initiator} to ${verb} {action}`,
      `called on {initiator} to ${verb} {action}`,
    ]),
    condemns: [
      'condemned {action}',
      'strongly denounced {action}',
      ...(kind.fighting ? ['condemned {initiator’s} use of force'] : []),
    ],
    none: ['said it was following the situation', 'noted the reports of {action}'],
    initiator: ['defended {action}', 'called {action} necessary'],
    target: ['protested against {action}', 'denounced {action} as a hostile act'],
  }
  return {
    says: perReaction((reaction) => fill(says[reaction])),
    positions: perReaction((reaction) =>
      fitting[reaction]
        .map(([dimension, value]) => ({ dimension, value, phrases: fill(words[dimension][value]) }))
        .filter((position) => position.phrases.length > 0),
    ),
    quotes: perReaction((reaction) =>
      kind.fighting && (reaction === 'calls-on-all-sides' || reaction === 'urges-halt')
        ? [...quotes[reaction], 'civilians must be protected']
        : quotes[reaction],
    ),
  }
}
