import type { WrittenResolution } from '../../src/lib/codebook/reliability'

// The words of the codebook's rules are in docs/codebook.md; each resolution names the rule by id
// and says what the rule gives here. Coder C coded by codebook 3.0.0; the dataset is coded by 3.1.0.
const relayed =
  'codebook 3.0.0 stated the rule only for a readout, one way; 3.1.0 states it both ways.'

/**
 * How each disagreement between coder A (the dataset) and coder C (the blind second coding) is
 * resolved: by a written rule of the codebook, cited by its id, and what that rule gives here.
 * Keyed by the unit's first words and the field. A disagreement without one shows as unresolved.
 */
export const resolutions: Readonly<Record<string, WrittenResolution>> = {
  'Armenian separatists in Karabakh have agreed to |actor': {
    rule: 'relay',
    follows: 'A',
    reason: `The separatists agreed to the cease-fire; the Azerbaijani presidency only announced it. A statement belongs to whoever acted, not to whoever relayed it, so it is the Karabakh Armenian authorities’ statement. Coder C followed the earlier text: ${relayed}`,
  },
  'Armenian separatists in Karabakh have agreed to |office': {
    rule: 'relay',
    follows: 'A',
    reason:
      'The Azerbaijani presidency is the relayer, not an office of the separatists, and the sentence names none of theirs, so no office is recorded; the presidency is recorded as the channel, an announcement.',
  },
  'The armed Armenians also accepted Baku’s proposa|actor': {
    rule: 'relay',
    follows: 'A',
    reason: `The armed Armenians accepted the proposal for talks; the presidency only said so. The act is theirs, so the statement is the Karabakh Armenian authorities’. Coder C followed the earlier text: ${relayed}`,
  },
  'The armed Armenians also accepted Baku’s proposa|office': {
    rule: 'relay',
    follows: 'A',
    reason:
      '“The presidency” relays the acceptance and is not an office of the separatists, so no office is recorded.',
  },
  'After months of rising tensions in the Armenian-|date': {
    rule: 'date',
    follows: 'A',
    reason:
      'The rule records a weekday, with any word that narrows the time, and nothing where the clause names no day. “This week” names no weekday, so no day is recorded and the statement is dated to the span from the operation’s start to the article’s day.',
  },
  'Moscow called early on Wednesday on both sides t|further-passages': {
    rule: 'passage',
    follows: 'A',
    reason:
      'Moscow’s call is the last clause of its sentence, so its passage ends with the sentence’s full stop, as both coders ended the clause in which the European Union, France and Germany condemned the operation. Codebook 3.0.0 did not say where a passage that is one clause ends; 3.1.0 does.',
  },
  'In a readout of the call, the U.S. Department of|quotes': {
    rule: 'quotes',
    follows: 'A',
    reason:
      'A quote is only what the source prints in quotation marks as the actor’s own words. “Expressed readiness” is the State Department readout’s wording about Aliyev, not his words, so his statement is a paraphrase; the rule on relayed words in codebook 3.1.0 says so in as many words.',
  },
}
