import type { Statement } from '../../../src/lib/schemas/statement'
import { backs, buildStatement, onTuesday, onWednesday, takes } from '../build-statement'

/**
 * The statements of dataset 2026-11-27.1, coded by codebook 1.0.0, as published: kept unchanged so
 * that version stays servable. Offsets are computed from the words by `buildStatement`.
 */
export const statementsV1: Statement[] = [
  buildStatement({
    id: 'us-blinken-calls',
    actorId: 'united-states',
    speaker: 'Antony Blinken',
    office: 'U.S. Secretary of State',
    channel: 'phone-call',
    passages: [
      'U.S. Secretary of State Antony Blinken held calls with both Aliyev and Armenia’s Prime Minister Nikol Pashinian, urging Azerbaijan to “immediately cease military actions” and de-escalate the situation.',
    ],
    quotes: ['immediately cease military actions'],
    stance: 'urges-halt',
    positions: [takes('end-fighting')],
    addressees: ['azerbaijan'],
    rationale:
      'Calls on Azerbaijan by name to cease military action and de-escalate, without condemning it.',
  }),
  buildStatement({
    id: 'us-state-department-readout',
    actorId: 'united-states',
    office: 'U.S. Department of State',
    channel: 'readout',
    passages: [
      'In a readout of the call, the U.S. Department of State said that Aliyev “expressed readiness” to stop hostilities and hold a meeting with representatives of Karabakh.',
    ],
    quotes: ['expressed readiness'],
    rationale:
      'Reports what Aliyev said on the call; it takes no position of its own, so it carries no stance.',
  }),
  buildStatement({
    id: 'us-support-for-armenia',
    actorId: 'united-states',
    speaker: 'Antony Blinken',
    office: 'U.S. Secretary of State',
    channel: 'phone-call',
    passages: ['Blinken told Pashinian in their call that Armenia has Washington’s full support.'],
    positions: [backs('armenia')],
    addressees: ['armenia'],
    rationale:
      'Pledges Washington’s full support to Armenia; it says nothing about the operation itself, so it carries no stance.',
  }),
  buildStatement({
    id: 'un-guterres-end-fighting',
    actorId: 'united-nations',
    speaker: 'Antonio Guterres',
    office: 'Secretary-General of the United Nations',
    passages: [
      'Antonio Guterres, secretary-general of the United Nations, called “for an immediate end to the fighting”',
    ],
    quotes: ['for an immediate end to the fighting'],
    stance: 'calls-on-all-sides',
    positions: [takes('end-fighting')],
    rationale: 'Calls for an end to the fighting without singling out either side.',
  }),
  buildStatement({
    id: 'european-union-condemnation',
    actorId: 'european-union',
    passages: ['the European Union, France and Germany condemned Azerbaijan’s military action'],
    stance: 'condemns',
    positions: [takes('condemnation')],
    rationale:
      'The article reports that the European Union condemned Azerbaijan’s military action; it quotes no words, so this is its paraphrase.',
  }),
  buildStatement({
    id: 'france-condemnation',
    actorId: 'france',
    passages: ['the European Union, France and Germany condemned Azerbaijan’s military action'],
    stance: 'condemns',
    positions: [takes('condemnation')],
    rationale:
      'The article reports that France condemned Azerbaijan’s military action; it quotes no words, so this is its paraphrase.',
  }),
  buildStatement({
    id: 'germany-condemnation',
    actorId: 'germany',
    passages: ['the European Union, France and Germany condemned Azerbaijan’s military action'],
    stance: 'condemns',
    positions: [takes('condemnation')],
    rationale:
      'The article reports that Germany condemned Azerbaijan’s military action; it quotes no words, so this is its paraphrase.',
  }),
  buildStatement({
    id: 'turkiye-support-for-operation',
    actorId: 'turkiye',
    passages: [
      'Türkiye expressed support for Baku’s operation “to preserve its territorial integrity,”',
    ],
    quotes: ['to preserve its territorial integrity'],
    stance: 'supports',
    positions: [takes('territorial-integrity'), backs('azerbaijan')],
    rationale:
      'Expresses support for the operation itself and for its aim of preserving Azerbaijan’s territorial integrity.',
  }),
  buildStatement({
    id: 'turkiye-erdogan-negotiation-process',
    actorId: 'turkiye',
    speaker: 'Recep Tayyip Erdoğan',
    office: 'President of Türkiye',
    passages: [
      'with President Recep Tayyip Erdoğan, saying: “We have supported the negotiation process between Azerbaijan and Armenia from the beginning. However, we see that Armenia has not fully seized this historic opportunity.”',
    ],
    quotes: [
      'We have supported the negotiation process between Azerbaijan and Armenia from the beginning. However, we see that Armenia has not fully seized this historic opportunity.',
    ],
    stance: 'supports',
    positions: [takes('negotiations'), backs('azerbaijan')],
    rationale:
      'Given by the article as the words with which Türkiye backed the operation: it endorses negotiation and faults Armenia for not seizing the opportunity.',
  }),
  buildStatement({
    id: 'turkiye-erdogan-unga',
    actorId: 'turkiye',
    speaker: 'Recep Tayyip Erdoğan',
    office: 'President of Türkiye',
    date: onTuesday('Tuesday’s UNGA summit'),
    channel: 'speech',
    passages: [
      'Armenia needs to keep its pledges, including respect for the Zangezur corridor, Erdoğan told Tuesday’s UNGA summit in New York.',
    ],
    rationale:
      'Calls on Armenia to keep its pledges; it says nothing about the operation, so it carries no stance.',
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
    rationale: 'Urges both sides to keep negotiating, without singling out either.',
  }),
  buildStatement({
    id: 'russia-foreign-ministry-telegram',
    actorId: 'russia',
    office: 'Russian Foreign Ministry',
    date: onWednesday('early on Wednesday'),
    channel: 'social-media-post',
    passages: [
      'Moscow called early on Wednesday on both sides to stop the bloodshed and hostilities and return to implementing the 2020 cease-fire agreement.\n\n“We urge the conflicting parties to immediately stop the bloodshed, stop hostilities and eliminate civilian casualties,” Russia’s Foreign Ministry said in a statement posted on its Telegram messaging platform.',
    ],
    quotes: [
      'We urge the conflicting parties to immediately stop the bloodshed, stop hostilities and eliminate civilian casualties',
    ],
    stance: 'calls-on-all-sides',
    positions: [takes('end-fighting'), takes('humanitarian')],
    addressees: ['all-sides'],
    rationale:
      'Urges both sides to stop the bloodshed and spare civilians, and to return to the 2020 cease-fire, without singling out either.',
  }),
  buildStatement({
    id: 'armenia-condemns-aggression',
    actorId: 'armenia',
    passages: [
      'Armenia, which had been holding periodic peace talks with Azerbaijan, including questions about Karabakh’s future, condemned Baku’s “full-scale aggression” against the people of Karabakh and accused Azerbaijan of shelling towns and villages.',
    ],
    quotes: ['full-scale aggression'],
    stance: 'condemns',
    positions: [takes('condemnation'), takes('humanitarian')],
    rationale:
      'Condemns the operation as “full-scale aggression” and accuses Azerbaijan of shelling towns and villages.',
  }),
  buildStatement({
    id: 'azerbaijan-presidency-cease-fire',
    actorId: 'azerbaijan',
    office: 'Azerbaijani presidency',
    date: onWednesday('Wednesday'),
    channel: 'announcement',
    passages: [
      'Armenian separatists in Karabakh have agreed to a cease-fire that will take hold at 1 p.m. local time, the Azerbaijani presidency announced Wednesday on the second day of a military operation',
    ],
    positions: [takes('end-fighting')],
    rationale: 'Announces the cease-fire; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-presidency-talks',
    actorId: 'azerbaijan',
    office: 'Azerbaijani presidency',
    date: onWednesday('Wednesday'),
    channel: 'announcement',
    passages: [
      'The armed Armenians also accepted Baku’s proposal for talks to integrate the disputed region into Azerbaijan, the presidency said.',
    ],
    positions: [takes('negotiations')],
    rationale:
      'Announces that its proposal for reintegration talks was accepted; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-warning',
    actorId: 'azerbaijan',
    speaker: 'Ilham Aliyev',
    office: 'President of Azerbaijan',
    date: onWednesday('earlier on Wednesday'),
    passages: [
      'Azerbaijani President Ilham Aliyev earlier on Wednesday had warned the operation would continue until the separatists lay down their arms',
    ],
    addressees: ['karabakh-armenians'],
    rationale:
      'Sets the separatists’ disarmament as the condition for ending the operation; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-provocations',
    actorId: 'azerbaijan',
    speaker: 'Ilham Aliyev',
    office: 'President of Azerbaijan',
    passages: [
      'Citing “increasing provocations” by the Armenian armed forces in recent months, and the so-called regime’s “presidential election,” Aliyev said Baku had to start anti-terrorist measures to prevent those actions.',
    ],
    quotes: ['increasing provocations'],
    rationale:
      'Gives Baku’s reasons for the operation; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-civilians',
    actorId: 'azerbaijan',
    speaker: 'Ilham Aliyev',
    office: 'President of Azerbaijan',
    passages: [
      'The Azerbaijani army does not target civilians and infrastructure facilities, and only destroys legitimate military targets, he assured.',
    ],
    positions: [takes('humanitarian')],
    rationale:
      'Assures that civilians are not targeted; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-stated-intention',
    actorId: 'azerbaijan',
    passages: [
      'Azerbaijan said its intention was to “disarm and secure the withdrawal of formations of Armenia’s armed forces from our territories, (and) neutralize their military infrastructure.”',
    ],
    quotes: [
      'disarm and secure the withdrawal of formations of Armenia’s armed forces from our territories, (and) neutralize their military infrastructure',
    ],
    positions: [takes('territorial-integrity')],
    rationale:
      'States the operation’s aims in terms of its own territory; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-humanitarian-corridor',
    actorId: 'azerbaijan',
    date: onTuesday('Tuesday'),
    passages: [
      'Baku on Tuesday also assured a humanitarian corridor was established on the Lachin road – the only land route connecting Armenia to Karabakh – and other directions for the evacuation of Karabakh civilians.',
    ],
    positions: [takes('humanitarian')],
    rationale:
      'Assures a humanitarian corridor for civilians; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-thanks-erdogan',
    actorId: 'azerbaijan',
    speaker: 'Ilham Aliyev',
    office: 'President of Azerbaijan',
    passages: ['Aliyev later thanked Erdoğan for his solidarity in Azerbaijan’s “rightful cause.”'],
    quotes: ['rightful cause'],
    addressees: ['turkiye'],
    rationale:
      'Thanks Türkiye’s president for his solidarity; a party’s statement, not placed on the scale.',
  }),
  buildStatement({
    id: 'karabakh-authorities-yevlakh-talks',
    actorId: 'karabakh-armenians',
    office: 'Separatist authorities in Karabakh',
    date: onWednesday('Wednesday'),
    channel: 'statement',
    passages: [
      '“Issues raised by the Azerbaijani side on reintegration, ensuring the rights and security of the Armenians of Nagorno-Karabakh … will be discussed at a meeting between representatives of the local Armenian population and the central authorities of the Republic Azerbaijan,” separatist authorities said Wednesday.\n\n“They will take place in the city of Yevlakh on September 21.”',
    ],
    quotes: [
      'Issues raised by the Azerbaijani side on reintegration, ensuring the rights and security of the Armenians of Nagorno-Karabakh … will be discussed at a meeting between representatives of the local Armenian population and the central authorities of the Republic Azerbaijan',
      'They will take place in the city of Yevlakh on September 21',
    ],
    positions: [takes('negotiations')],
    rationale:
      'Agrees to talks on reintegration in Yevlakh; a party’s statement, not placed on the scale.',
  }),
]
