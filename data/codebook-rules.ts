import type { CodeDefinition, CodingRule } from '../src/lib/schemas/codebook'

// Codebook 3.1.0's written rules and code lists. `{initiator}`, `{initiator’s}` and `{action}` are
// filled from the event being coded (src/lib/codebook/event-terms.ts).

export const rules: CodingRule[] = [
  {
    id: 'scope',
    title: 'What is coded',
    text: 'Code every speech act a source reports by a reacting actor about the event: {initiator’s} action ({action}), what followed it (fighting, a cease-fire, talks) and its consequences. A speech act is what an actor said, announced, urged, called for, condemned, deplored, expressed, assured, warned, told or thanked someone for, and an agreement or acceptance it made known (agreed to a cease-fire, accepted a proposal for talks), whether the source quotes it or reports it in its own words. Do not code the source’s own account of events, the background it gives in its own voice, or a long-running grievance it attributes to an actor about another matter.',
  },
  {
    id: 'event',
    title: 'The event: what the reactions are about',
    text: 'Before coding, the event is stated: its initiator (the state, organisation or non-state actor whose act is reacted to), its action in words (“the operation”, “the border closure”), its parties (the initiator and the sides it acts against), the country where it happened with its time zone, its dates and its milestones. The scale and the questions below are written from the initiator and the action, so the same rule codes any event and each event is labelled in its own words; a view across events uses the generic words (“the initiator”, “the action”) and the ordinal rank.',
  },
  {
    id: 'unit',
    title: 'The unit of coding: one reported speech act',
    text: 'A statement is one reported speech act: a reporting clause (an actor and a verb of saying such as said, urged, called, condemned, expressed, announced, assured, told) together with every quotation that elaborates it. A quotation elaborates the clause when the source gives it as the words of that same act: in the same sentence (“…, saying: …”), or in the next paragraph with no act of its own (a quotation followed by “…, the ministry said in a statement”, or a further quotation with no reporting clause). Such a quotation is never a statement of its own, and the stance it expresses is never counted a second time.',
  },
  {
    id: 'splitting',
    title: 'Splitting sentences into statements',
    text: 'A new reporting clause with its own verb of saying starts a new statement, even for the same speaker in the next sentence (“…, he assured.”). One subject with several verbs of saying joined in one sentence (“condemned … and accused …”) is one statement, and so is a clause with a participle that says what was said (“held calls …, urging …”). Several actors who are the subject of one verb (“A, B and C condemned …”) make one statement per actor, each resting on the same passage: the only case in which two statements share a passage. Words or acts one actor relays for another belong to the actor whose act is reported (see _Relayed words and acts_). Words set in quotation marks in the source’s own account, with no verb of saying, that give an actor’s declared aim are a statement of that actor.',
  },
  {
    id: 'relay',
    title: 'Relayed words and acts',
    text: 'A statement belongs to the actor whose words or act the source reports, never to the actor that relays them. Where the source says that one actor (the relayer) said, announced or wrote in a readout that another actor said, agreed to, accepted or expressed something, the statement is the other actor’s: its actor, speaker and office are that actor’s, and the relayer is only how the words reached the source, recorded as the channel (readout, announcement) and named in the rationale. Words the source quotes from the relayer’s report (a readout saying that someone “expressed readiness”) are the relayer’s wording, not the actor’s, and are not its quotes. The relayer gets no statement for relaying; words of its own in the same report (its own judgement, its own call) are its own statement. The rule applies whoever relays whom. In the article, Aliyev’s readiness to stop hostilities, reported by the U.S. Department of State’s readout of his call, is Azerbaijan’s statement with the channel readout, not the United States’. The separatists’ agreement to the cease-fire, announced by the Azerbaijani presidency, and their acceptance of talks, which “the presidency said”, are statements of the Karabakh Armenian authorities, with the channels announcement and not stated, not Azerbaijan’s; the headline “Azerbaijan says cease-fire achieved with separatists in Karabakh” reports the same announcement and is a further passage of the cease-fire statement. Why this rule: a statement’s stance and positions say what its actor did, and a relayer did not do it; coding the relayer would give the United States a readiness it never expressed and Azerbaijan an agreement the separatists made.',
  },
  {
    id: 'passage',
    title: 'The passage',
    text: 'A statement’s passage is the contiguous run of the source’s words that reports the act: the whole sentence that holds the reporting clause, with the paragraphs of quotation that elaborate it, up to and including the final punctuation and closing quotation mark. Where one sentence reports acts of different actors joined by “after”, “while” or “and”, each statement’s passage is only its own clause, with the sentence’s final punctuation where that clause ends the sentence (“… and Moscow urged both sides to stop the bloodshed in the disputed region.”).',
  },
  {
    id: 'second-mentions',
    title: 'Second mentions',
    text: 'When the source mentions an act it reports elsewhere (the same actor, the same act, the same addressees), shorter or in a sentence about something else, that mention is a further passage of the same statement, not a new statement, and it adds nothing to the count of statements. The statement’s first passage is its fullest report; further passages follow in the source’s order. A headline that repeats an act is such a mention; a headline printed twice is taken once, at its first printing.',
  },
  {
    id: 'stance',
    title: 'The stance of a statement',
    text: 'Code the stance the statement takes toward {action} on the scale, or none where it takes none (a pledge to one side, thanks, a call on a party other than the initiator, an account of the talks). The scale judges the initiator’s act, from endorsing it (rank 1) to condemning it (rank 4); it does not record whom a statement addresses. Concern, regret or deploring without a call: where it is about {action} as the initiator’s doing (“deplored the closure”, “concerned by the offensive”), it is rank 3, criticism short of condemnation; where it is about the situation and blames no one (“concerned about the escalation”), it is rank 2. Mark the stance explicit where the source itself reports the actor’s evaluation of {action} with words that name it, such as “expressed support for …” or “condemned …”; a stance read from what the actor called for or from the words of a quotation is not explicit. Statements of the parties get no stance.',
  },
  {
    id: 'calls-on-all-sides',
    title: 'A call on all sides: a rank and an addressee',
    text: 'A call on all sides is both a point on the scale and an addressee, and each records something different. On the scale, rank 2 records the judgement: the actor declines to single out the initiator. As an addressee, all-sides records to whom the call goes. So a statement that urges both sides to stop is rank 2 with the addressee all-sides; one that voices concern about the escalation without calling on anyone is rank 2 with no addressee; one that urges the initiator by name to stop and also asks all sides for restraint is rank 3, because it singles the initiator out, with the initiator and all-sides as addressees.',
  },
  {
    id: 'positions',
    title: 'Positions on the dimensions',
    text: 'The dimensions are the same for every event, so positions can be compared across events; only their questions name the event’s action. For each dimension, record takes where the statement takes that position, opposes where it says the opposite, and nothing where it is silent; a statement never takes and opposes the same dimension. Saying the opposite includes declaring that the opposite goes on, even until a condition is met: a warning that the operation will continue until the other side disarms opposes end-fighting, while readiness to stop once a condition is met takes it. Record backs-party only where the statement declares support or solidarity for a party named in it, with that party’s actor id; support for the action or for a negotiation process is a stance or a position on negotiations, not backing a party. An actor never backs itself.',
  },
  {
    id: 'addressees',
    title: 'Addressees',
    text: 'The addressees are the actors a statement calls on, urges, asks or warns to do something. Where it calls on no one and the source says to whom it was said (told, thanked), the addressee is that person’s actor. Where the source words them as both sides, the sides, all sides or the conflicting parties, record all-sides. An actor the statement only speaks about (condemned Baku), a call partner who is not called on, and a venue or audience (a summit, the press) are not addressees. A person or a capital stands for its actor (in the article: Baku and Aliyev for azerbaijan, Pashinian for armenia, Erdoğan for turkiye, the separatists and the armed Armenians for karabakh-armenians). Record none where no rule applies.',
  },
  {
    id: 'speaker-office',
    title: 'Speaker and office',
    text: 'The speaker is the person the source names as speaking, written as the source gives the full name; null where it names only a state or a body. The office is the title or body exactly as the source prints it where it names it most fully, without a leading “the” (for example “U.S. Secretary of State”, “Turkish Foreign Ministry”); null where the source gives none.',
  },
  {
    id: 'channel',
    title: 'Channel, as the source words it',
    text: 'Record the channel only where the source’s own words name it: phone-call for a call, readout for a readout, statement for “in a statement”, speech for words told to a summit or assembly, social-media-post for a post on a platform, announcement for “announced”. Where it names two, record the more specific (a statement posted on a messaging platform is a social-media-post). Relayed words take the relayer’s channel, the way the source got them: words a readout of a call reports are a readout, and an act a government announced for another actor is an announcement. A plain verb of saying (“said”, “urged”, “called”, “condemned”, “expressed”) does not name a channel: record unspecified, shown as “not stated”.',
  },
  {
    id: 'date',
    title: 'Date, as the source words it',
    text: 'Record, as written, the words that date the act only where they belong to its own reporting clause: the weekday with any word that narrows the time (“early on Wednesday”), or in the possessive form the source uses (“Tuesday’s”), but without a bare preposition (“on”) or a noun it qualifies. A day named in a neighbouring sentence or clause does not carry over. Where the clause names no day, record null: the statement is then dated to the span from the event’s start to the source’s day, read in the event’s time zone. In the article, Wednesday is 20 September 2023 and Tuesday 19 September 2023, the operation’s start.',
  },
  {
    id: 'parties',
    title: 'Parties',
    text: 'The event’s parties are the initiator and the sides it acts against, as the event lists them (in the article: Azerbaijan and the Karabakh Armenian authorities). Their statements are coded like any other (passages, quotes, dimensions, addressees) but get no stance, and the parties are never placed on the scale: a party does not react to its own conflict as a third party.',
  },
]

export const channels: CodeDefinition[] = [
  {
    id: 'phone-call',
    label: 'Phone call',
    definition: 'The source says the words were said in a call.',
  },
  {
    id: 'readout',
    label: 'Readout',
    definition: 'The source says the words come from a readout.',
  },
  { id: 'statement', label: 'Statement', definition: 'The source says “in a statement”.' },
  {
    id: 'speech',
    label: 'Speech',
    definition: 'Words told to a summit, an assembly or an audience.',
  },
  {
    id: 'social-media-post',
    label: 'Social media post',
    definition: 'Posted on a messaging or social media platform.',
  },
  { id: 'announcement', label: 'Announcement', definition: 'The source says “announced”.' },
  {
    id: 'unspecified',
    label: 'Not stated',
    definition: 'The source uses a plain verb of saying and names no channel.',
  },
]

/** The source's actors, as the source names them; an analyst's own events add theirs. */
export const actors: CodeDefinition[] = [
  {
    id: 'united-states',
    label: 'United States',
    definition: 'The U.S., Washington, its Secretary of State and its Department of State.',
  },
  {
    id: 'united-nations',
    label: 'United Nations',
    definition: 'The United Nations and its secretary-general.',
  },
  { id: 'european-union', label: 'European Union', definition: 'The European Union.' },
  { id: 'france', label: 'France', definition: 'France.' },
  { id: 'germany', label: 'Germany', definition: 'Germany.' },
  {
    id: 'turkiye',
    label: 'Türkiye',
    definition: 'Türkiye, its president and its Foreign Ministry.',
  },
  { id: 'russia', label: 'Russia', definition: 'Russia, Moscow and its Foreign Ministry.' },
  { id: 'armenia', label: 'Armenia', definition: 'Armenia and its prime minister.' },
  {
    id: 'azerbaijan',
    label: 'Azerbaijan (party)',
    definition: 'Azerbaijan, Baku, its president and its presidency.',
  },
  {
    id: 'karabakh-armenians',
    label: 'Karabakh Armenian authorities (party)',
    definition: 'The separatists, the separatist authorities and the armed Armenians of Karabakh.',
  },
]

export const addressees: CodeDefinition[] = [
  {
    id: 'all-sides',
    label: 'All sides',
    definition:
      'Both sides, the sides, all sides or the conflicting parties, as the source words it.',
  },
]
