import type { Statement } from '../../src/lib/schemas/statement'
import { buildStatement, onTuesday, onWednesday, opposes, takes } from '../build-statement'

const aliyev = { speaker: 'Ilham Aliyev', office: 'Azerbaijani President' }
const partyRationale = 'a party’s statement, not placed on the scale.'

/** The statements of the parties (Armenia, Azerbaijan, the Karabakh Armenians), in the order of the dataset. */
export const partyStatements: Statement[] = [
  buildStatement({
    id: 'armenia-condemns-aggression',
    actorId: 'armenia',
    passages: [
      'Armenia, which had been holding periodic peace talks with Azerbaijan, including questions about Karabakh’s future, condemned Baku’s “full-scale aggression” against the people of Karabakh and accused Azerbaijan of shelling towns and villages.',
    ],
    quotes: ['full-scale aggression'],
    stance: 'condemns',
    explicitStance: true,
    positions: [takes('condemnation'), takes('humanitarian')],
    rationale:
      'The article says Armenia condemned Baku’s “full-scale aggression”, an explicit stance, and accused Azerbaijan of shelling towns and villages.',
  }),
  buildStatement({
    id: 'azerbaijan-restore-constitutional-order',
    actorId: 'azerbaijan',
    passages: [
      'After months of rising tensions in the Armenian-populated Karabakh in the South Caucasus, Azerbaijan this week sent troops backed by artillery strikes into the region to “restore constitutional order” in the region.',
    ],
    quotes: ['restore constitutional order'],
    positions: [takes('territorial-integrity')],
    rationale: `Gives, in quotation marks, the operation’s declared aim of restoring constitutional order; ${partyRationale}`,
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-warning',
    actorId: 'azerbaijan',
    ...aliyev,
    date: onWednesday('earlier on Wednesday'),
    passages: [
      'Azerbaijani President Ilham Aliyev earlier on Wednesday had warned the operation would continue until the separatists lay down their arms',
    ],
    positions: [opposes('end-fighting')],
    addressees: ['karabakh-armenians'],
    rationale: `Warns the separatists that the operation goes on until they disarm, after calls to halt: declaring that the fighting continues opposes an end to it; ${partyRationale}`,
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-provocations',
    actorId: 'azerbaijan',
    ...aliyev,
    passages: [
      'Citing “increasing provocations” by the Armenian armed forces in recent months, and the so-called regime’s “presidential election,” Aliyev said Baku had to start anti-terrorist measures to prevent those actions.',
    ],
    quotes: ['increasing provocations', 'presidential election'],
    rationale: `Gives Baku’s reasons for the operation; ${partyRationale}`,
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-civilians',
    actorId: 'azerbaijan',
    ...aliyev,
    passages: [
      'The Azerbaijani army does not target civilians and infrastructure facilities, and only destroys legitimate military targets, he assured.',
    ],
    positions: [takes('humanitarian')],
    rationale: `Assures that civilians are not targeted; ${partyRationale}`,
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-readiness',
    actorId: 'azerbaijan',
    ...aliyev,
    channel: 'readout',
    passages: [
      'In a readout of the call, the U.S. Department of State said that Aliyev “expressed readiness” to stop hostilities and hold a meeting with representatives of Karabakh.',
    ],
    positions: [takes('end-fighting'), takes('negotiations')],
    rationale: `Aliyev’s own act, relayed by the U.S. Department of State’s readout of his call with Blinken, so the channel is the readout: readiness to stop hostilities and meet Karabakh’s representatives. “expressed readiness” is the readout’s wording, not his, so this is a paraphrase; ${partyRationale}`,
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
    rationale: `States the operation’s aims in terms of its own territory; ${partyRationale}`,
  }),
  buildStatement({
    id: 'azerbaijan-humanitarian-corridor',
    actorId: 'azerbaijan',
    date: onTuesday('Tuesday'),
    passages: [
      'Baku on Tuesday also assured a humanitarian corridor was established on the Lachin road – the only land route connecting Armenia to Karabakh – and other directions for the evacuation of Karabakh civilians.',
    ],
    positions: [takes('humanitarian')],
    rationale: `Assures a humanitarian corridor for civilians; “assured” names no channel; ${partyRationale}`,
  }),
  buildStatement({
    id: 'azerbaijan-aliyev-thanks-erdogan',
    actorId: 'azerbaijan',
    ...aliyev,
    passages: ['Aliyev later thanked Erdoğan for his solidarity in Azerbaijan’s “rightful cause.”'],
    quotes: ['rightful cause'],
    addressees: ['turkiye'],
    rationale: `Thanks Türkiye’s president for his solidarity; ${partyRationale}`,
  }),
  buildStatement({
    id: 'karabakh-separatists-cease-fire',
    actorId: 'karabakh-armenians',
    date: onWednesday('Wednesday'),
    channel: 'announcement',
    passages: [
      'Armenian separatists in Karabakh have agreed to a cease-fire that will take hold at 1 p.m. local time, the Azerbaijani presidency announced Wednesday on the second day of a military operation, according to Azerbaijan in Focus, reporting Daily Sabah.',
      // The headline reports the same announcement; printed twice, it is taken at its first printing.
      { text: 'Azerbaijan says cease-fire achieved with separatists in Karabakh', occurrence: 1 },
    ],
    positions: [takes('end-fighting')],
    rationale: `The separatists’ agreement to the cease-fire, relayed by the Azerbaijani presidency’s announcement, which the headline repeats: the act is theirs, the presidency only relays it; ${partyRationale}`,
  }),
  buildStatement({
    id: 'karabakh-separatists-accept-talks',
    actorId: 'karabakh-armenians',
    passages: [
      'The armed Armenians also accepted Baku’s proposal for talks to integrate the disputed region into Azerbaijan, the presidency said.',
    ],
    positions: [takes('negotiations')],
    rationale: `The separatists accept Baku’s proposal for reintegration talks, relayed by the Azerbaijani presidency, which only “said” it: no channel and no day are stated; ${partyRationale}`,
  }),
  buildStatement({
    id: 'karabakh-authorities-yevlakh-talks',
    actorId: 'karabakh-armenians',
    office: 'separatist authorities',
    date: onWednesday('Wednesday'),
    passages: [
      '“Issues raised by the Azerbaijani side on reintegration, ensuring the rights and security of the Armenians of Nagorno-Karabakh … will be discussed at a meeting between representatives of the local Armenian population and the central authorities of the Republic Azerbaijan,” separatist authorities said Wednesday.\n\n“They will take place in the city of Yevlakh on September 21.”',
    ],
    quotes: [
      'Issues raised by the Azerbaijani side on reintegration, ensuring the rights and security of the Armenians of Nagorno-Karabakh … will be discussed at a meeting between representatives of the local Armenian population and the central authorities of the Republic Azerbaijan',
      'They will take place in the city of Yevlakh on September 21.',
    ],
    positions: [takes('negotiations')],
    rationale: `Agrees to talks on reintegration in Yevlakh; the article says only “said”, so no channel is stated; ${partyRationale}`,
  }),
]
