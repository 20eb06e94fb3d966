import type { Codebook } from '../src/lib/schemas/codebook'

export const codebookVersion = '2.0.0'

// The rule `src/lib/codebook/derive-stance.ts` applies, in words.
const derivationRule =
  'An actor’s stance is derived from its statements that carry a stance, in three steps. Decisive: where statements carry an explicit stance (the article reports the actor’s evaluation of the operation in words that name it, such as “expressed support” or “condemned”), the explicit stances decide, whatever its other statements say. Median: otherwise the stance is the median of its statements’ stances on the ordinal scale, ranks 1 to 4. Mixed: where no single category is central (explicit stances that disagree, or an even number of statements whose two middle stances differ), the result is mixed, shown as the range from the lowest to the highest rank its statements take, such as “Supports the operation – Calls on all sides”. No tie is broken toward either end of the scale and no statement is weighted above another. Statements without a stance do not count, second mentions are passages of one statement and never counted again, and parties to the conflict are not placed on the scale. Each derived stance says how many statements it rests on (“based on 1 statement”).'

const quoteRule =
  'A quote is only what the article prints inside quotation marks (“ ”) as the actor’s words. Record each quotation character for character, without its quotation marks and without a comma or full stop that the article sets just before the closing mark to end its own clause. A statement with at least one quotation is a quote; a statement the article only reports in its own words is a paraphrase, shown in the article’s words and never inside quotation marks.'

export const codebook: Codebook = {
  version: codebookVersion,
  updatedAt: '2026-11-28',
  stances: [
    {
      id: 'supports',
      rank: 1,
      label: 'Supports the operation',
      definition: 'Expresses support for Azerbaijan’s operation or for its stated aims.',
      example: 'Reported as expressing support for, backing or endorsing the operation.',
    },
    {
      id: 'calls-on-all-sides',
      rank: 2,
      label: 'Calls on all sides',
      definition:
        'Calls for an end to the fighting, restraint or negotiation without singling out Azerbaijan.',
      example:
        'Urges both sides, the sides or the parties to stop fighting or to keep negotiating.',
    },
    {
      id: 'urges-halt',
      rank: 3,
      label: 'Urges Azerbaijan to halt',
      definition: 'Calls on Azerbaijan by name to stop its military action, without condemning it.',
      example: 'Urges or calls on Azerbaijan (or Baku) to cease its military action.',
    },
    {
      id: 'condemns',
      rank: 4,
      label: 'Condemns the operation',
      definition: 'Condemns or denounces Azerbaijan’s military action.',
      example: 'Reported as condemning or denouncing the action, or calling it aggression.',
    },
  ],
  dimensions: [
    {
      id: 'end-fighting',
      label: 'End to the fighting',
      question: 'Does it call for the fighting or hostilities to stop?',
      definition:
        'Calls for, announces or agrees to a halt, a cease-fire or an end to hostilities, by anyone.',
    },
    {
      id: 'condemnation',
      label: 'Condemnation',
      question: 'Does it condemn the operation?',
      definition: 'Condemns or denounces the military action.',
    },
    {
      id: 'territorial-integrity',
      label: 'Territorial integrity',
      question: 'Does it invoke Azerbaijan’s territorial integrity?',
      definition:
        'Defends the operation or Azerbaijan’s claim in terms of its territory, its territorial integrity or its constitutional order.',
    },
    {
      id: 'negotiations',
      label: 'Negotiations',
      question: 'Does it call for or back talks?',
      definition:
        'Calls for, backs or agrees to negotiations, talks or a meeting between the sides.',
    },
    {
      id: 'humanitarian',
      label: 'Humanitarian concern',
      question: 'Does it speak of civilians or humanitarian needs?',
      definition: 'Speaks of civilian casualties, the shelling of towns, evacuation or a corridor.',
    },
    {
      id: 'backs-party',
      label: 'Backs a party',
      question: 'Does it declare support for one of the sides?',
      definition:
        'Declares support or solidarity for a party named in the passage (a state or its people), not for an operation or a process; the party is recorded.',
    },
  ],
  derivationRule,
  quoteRule,
  rules: [
    {
      id: 'scope',
      title: 'What is coded',
      text: 'Code every speech act the article reports by one of the actors below about Azerbaijan’s operation, the fighting, the cease-fire or the talks that followed: what an actor said, announced, urged, called for, condemned, expressed, assured, warned, told or thanked someone for, whether the article quotes it or reports it in its own words. Do not code the article’s own account of events, the background it gives in its own voice, or a long-running grievance it attributes to an actor about another matter.',
    },
    {
      id: 'unit',
      title: 'The unit of coding: one reported speech act',
      text: 'A statement is one reported speech act: a reporting clause (an actor and a verb of saying such as said, urged, called, condemned, expressed, announced, assured, told) together with every quotation that elaborates it. A quotation elaborates the clause when the article gives it as the words of that same act: in the same sentence (“…, saying: …”), or in the next paragraph with no act of its own (a quotation followed by “…, the ministry said in a statement”, or a further quotation with no reporting clause). Such a quotation is never a statement of its own, and the stance it expresses is never counted a second time.',
    },
    {
      id: 'splitting',
      title: 'Splitting sentences into statements',
      text: 'A new reporting clause with its own verb of saying starts a new statement, even for the same speaker in the next sentence (“…, he assured.”). One subject with several verbs of saying joined in one sentence (“condemned … and accused …”) is one statement, and so is a clause with a participle that says what was said (“held calls …, urging …”). Several actors who are the subject of one verb (“A, B and C condemned …”) make one statement per actor, each resting on the same passage: the only case in which two statements share a passage. When the article reports that one actor relayed another’s words (a readout saying that someone “expressed readiness”), the statement belongs to the actor whose act is reported, not to the one relaying it. Words set in quotation marks in the article’s own account, with no verb of saying, that give an actor’s declared aim are a statement of that actor.',
    },
    {
      id: 'passage',
      title: 'The passage',
      text: 'A statement’s passage is the contiguous run of the article’s words that reports the act: the whole sentence that holds the reporting clause, with the paragraphs of quotation that elaborate it, up to and including the final punctuation and closing quotation mark. Where one sentence reports acts of different actors joined by “after”, “while” or “and”, each statement’s passage is only its own clause.',
    },
    {
      id: 'second-mentions',
      title: 'Second mentions',
      text: 'When the article mentions an act it reports elsewhere (the same actor, the same act, the same addressees), shorter or in a sentence about something else, that mention is a further passage of the same statement, not a new statement, and it adds nothing to the count of statements. The statement’s first passage is its fullest report; further passages follow in the article’s order. A headline that repeats an act is such a mention; a headline printed twice is taken once, at its first printing.',
    },
    {
      id: 'stance',
      title: 'The stance of a statement',
      text: 'Code the stance the statement takes toward Azerbaijan’s operation on the scale, or none where it takes none (a pledge to one side, thanks, a call on Armenia, an account of the talks). Mark the stance explicit where the article itself reports the actor’s evaluation of the operation with words that name it, such as “expressed support for … operation” or “condemned … military action”; a stance read from what the actor called for or from the words of a quotation is not explicit. Statements of the parties to the conflict get no stance.',
    },
    {
      id: 'positions',
      title: 'Positions on the dimensions',
      text: 'For each dimension, record takes where the statement takes that position, opposes where it says the opposite, and nothing where it is silent. Record backs-party only where the statement declares support or solidarity for a party named in it, with that party’s actor id; support for an operation or for a negotiation process is a stance or a position on negotiations, not backing a party.',
    },
    {
      id: 'addressees',
      title: 'Addressees',
      text: 'The addressees are the actors a statement calls on, urges, asks or warns to do something. Where it calls on no one and the article says to whom it was said (told, thanked), the addressee is that person’s actor. Where the article words them as both sides, the sides, all sides or the conflicting parties, record all-sides. An actor the statement only speaks about (condemned Baku), a call partner who is not called on, and a venue or audience (a summit, the press) are not addressees. A person or a capital stands for its actor: Baku and Aliyev for azerbaijan, Pashinian for armenia, Erdoğan for turkiye, the separatists and the armed Armenians for karabakh-armenians. Record none where no rule applies.',
    },
    {
      id: 'speaker-office',
      title: 'Speaker and office',
      text: 'The speaker is the person the article names as speaking, written as the article gives the full name; null where it names only a state or a body. The office is the title or body exactly as the article prints it where it names it most fully, without a leading “the” (for example “U.S. Secretary of State”, “Turkish Foreign Ministry”); null where the article gives none.',
    },
    {
      id: 'channel',
      title: 'Channel, as the source words it',
      text: 'Record the channel only where the article’s own words name it: phone-call for a call, readout for a readout, statement for “in a statement”, speech for words told to a summit or assembly, social-media-post for a post on a platform, announcement for “announced”. Where it names two, record the more specific (a statement posted on a messaging platform is a social-media-post). A plain verb of saying (“said”, “urged”, “called”, “condemned”, “expressed”) does not name a channel: record unspecified, shown as “not stated”.',
    },
    {
      id: 'date',
      title: 'Date, as the source words it',
      text: 'Record, as written, the words that date the act only where they belong to its own reporting clause: the weekday with any word that narrows the time (“early on Wednesday”), or in the possessive form the article uses (“Tuesday’s”), but without a bare preposition (“on”) or a noun it qualifies. A day named in a neighbouring sentence or clause does not carry over. Where the clause names no day, record null: the statement is then dated to the span from the operation’s start (Tuesday 19 September 2023) to the article’s day (Wednesday 20 September 2023). The article’s Wednesday is 20 September 2023 and its Tuesday 19 September 2023.',
    },
    {
      id: 'parties',
      title: 'Parties',
      text: 'Azerbaijan and the Karabakh Armenian authorities are parties to the conflict. Their statements are coded like any other (passages, quotes, dimensions, addressees) but get no stance, and the parties are never placed on the scale.',
    },
  ],
  channels: [
    {
      id: 'phone-call',
      label: 'Phone call',
      definition: 'The article says the words were said in a call.',
    },
    {
      id: 'readout',
      label: 'Readout',
      definition: 'The article says the words come from a readout.',
    },
    { id: 'statement', label: 'Statement', definition: 'The article says “in a statement”.' },
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
    { id: 'announcement', label: 'Announcement', definition: 'The article says “announced”.' },
    {
      id: 'unspecified',
      label: 'Not stated',
      definition: 'The article uses a plain verb of saying and names no channel.',
    },
  ],
  actors: [
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
      definition:
        'The separatists, the separatist authorities and the armed Armenians of Karabakh.',
    },
  ],
  addressees: [
    {
      id: 'all-sides',
      label: 'All sides',
      definition:
        'Both sides, the sides, all sides or the conflicting parties, as the article words it.',
    },
  ],
}
