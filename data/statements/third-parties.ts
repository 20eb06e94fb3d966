import type { Statement } from '../../src/lib/schemas/statement'
import { backs, buildStatement, onTuesday, onWednesday, takes } from '../build-statement'

const blinken = { speaker: 'Antony Blinken', office: 'U.S. Secretary of State' }
const erdogan = { speaker: 'Recep Tayyip Erdoğan', office: 'President' }

/** The statements of the actors that are not parties to the conflict, in the order of the dataset. */
export const thirdPartyStatements: Statement[] = [
  buildStatement({
    id: 'us-blinken-calls',
    actorId: 'united-states',
    ...blinken,
    channel: 'phone-call',
    passages: [
      'U.S. Secretary of State Antony Blinken held calls with both Aliyev and Armenia’s Prime Minister Nikol Pashinian, urging Azerbaijan to “immediately cease military actions” and de-escalate the situation.',
      'the U.S. called on Baku to halt hostilities',
    ],
    quotes: ['immediately cease military actions'],
    stance: 'urges-halt',
    positions: [takes('end-fighting')],
    addressees: ['azerbaijan'],
    rationale:
      'Calls on Azerbaijan by name to cease military action and de-escalate, without condemning it; the article mentions the same call once more, earlier, as the U.S. calling on Baku to halt hostilities.',
  }),
  buildStatement({
    id: 'us-support-for-armenia',
    actorId: 'united-states',
    ...blinken,
    channel: 'phone-call',
    passages: ['Blinken told Pashinian in their call that Armenia has Washington’s full support.'],
    positions: [backs('armenia')],
    addressees: ['armenia'],
    rationale:
      'Pledges Washington’s full support to Armenia, told to its prime minister; it says nothing about the operation itself, so it carries no stance.',
  }),
  buildStatement({
    id: 'un-guterres-end-fighting',
    actorId: 'united-nations',
    speaker: 'Antonio Guterres',
    office: 'secretary-general of the United Nations',
    passages: [
      'Antonio Guterres, secretary-general of the United Nations, called “for an immediate end to the fighting”',
    ],
    quotes: ['for an immediate end to the fighting'],
    stance: 'calls-on-all-sides',
    positions: [takes('end-fighting')],
    rationale:
      'Calls for an end to the fighting without singling out either side; it calls on no one by name.',
  }),
  ...(['european-union', 'france', 'germany'] as const).map((actorId) =>
    buildStatement({
      id: `${actorId}-condemnation`,
      actorId,
      passages: ['the European Union, France and Germany condemned Azerbaijan’s military action.'],
      stance: 'condemns',
      explicitStance: true,
      positions: [takes('condemnation')],
      rationale:
        'The article itself says it condemned Azerbaijan’s military action, an explicit stance; it quotes no words, so this is its paraphrase. One verb with three subjects: one statement for each.',
    }),
  ),
  buildStatement({
    id: 'turkiye-support-for-operation',
    actorId: 'turkiye',
    ...erdogan,
    passages: [
      'Türkiye expressed support for Baku’s operation “to preserve its territorial integrity,” with President Recep Tayyip Erdoğan, saying: “We have supported the negotiation process between Azerbaijan and Armenia from the beginning. However, we see that Armenia has not fully seized this historic opportunity.”',
    ],
    quotes: [
      'to preserve its territorial integrity',
      'We have supported the negotiation process between Azerbaijan and Armenia from the beginning. However, we see that Armenia has not fully seized this historic opportunity.',
    ],
    stance: 'supports',
    explicitStance: true,
    positions: [takes('territorial-integrity'), takes('negotiations')],
    rationale:
      'One reported act: the article says Türkiye expressed support for the operation, an explicit stance, and Erdoğan’s quoted words elaborate that same act. Support for an operation is not backing a party.',
  }),
  buildStatement({
    id: 'turkiye-erdogan-unga',
    actorId: 'turkiye',
    ...erdogan,
    date: onTuesday('Tuesday’s'),
    channel: 'speech',
    passages: [
      'Armenia needs to keep its pledges, including respect for the Zangezur corridor, Erdoğan told Tuesday’s UNGA summit in New York.',
    ],
    addressees: ['armenia'],
    rationale:
      'Calls on Armenia to keep its pledges, so Armenia is its addressee; it says nothing about the operation, so it carries no stance.',
  }),
  buildStatement({
    id: 'turkiye-foreign-ministry-negotiations',
    actorId: 'turkiye',
    office: 'Turkish Foreign Ministry',
    passages: [
      'The Turkish Foreign Ministry too urged the sides to continue their “comprehensive negotiation process,” which is “the only way to establish peace, security, prosperity and permanent stability in the region.”',
    ],
    quotes: [
      'comprehensive negotiation process',
      'the only way to establish peace, security, prosperity and permanent stability in the region',
    ],
    stance: 'calls-on-all-sides',
    positions: [takes('negotiations')],
    addressees: ['all-sides'],
    rationale: 'Urges the sides to keep negotiating, without singling out either.',
  }),
  buildStatement({
    id: 'russia-foreign-ministry-telegram',
    actorId: 'russia',
    office: 'Russia’s Foreign Ministry',
    date: onWednesday('early on Wednesday'),
    channel: 'social-media-post',
    passages: [
      'Moscow called early on Wednesday on both sides to stop the bloodshed and hostilities and return to implementing the 2020 cease-fire agreement.\n\n“We urge the conflicting parties to immediately stop the bloodshed, stop hostilities and eliminate civilian casualties,” Russia’s Foreign Ministry said in a statement posted on its Telegram messaging platform.',
      'Moscow urged both sides to stop the bloodshed in the disputed region.',
    ],
    quotes: [
      'We urge the conflicting parties to immediately stop the bloodshed, stop hostilities and eliminate civilian casualties',
    ],
    stance: 'calls-on-all-sides',
    positions: [takes('end-fighting'), takes('humanitarian')],
    addressees: ['all-sides'],
    rationale:
      'Urges both sides to stop the bloodshed, spare civilians and return to the 2020 cease-fire, without singling out either; the article mentions the same call once more, earlier.',
  }),
]
