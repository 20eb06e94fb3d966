import type { Draft } from './extract'
import type { Mention } from './extract-text'

/**
 * "declined to comment further", "had nothing to add", "had no immediate comment": words that say the
 * speaker says nothing report no position (docs/codebook.md: a statement states a position).
 */
const refusal =
  /\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|would not|will not|did not|does not|won['’]t|wouldn['’]t|didn['’]t)\s+(?:to\s+)?(?:comment|elaborate|be drawn|speculate)\b|\bno (?:immediate |further |official )?comment\b|\bnot in a position to (?:comment|say)\b|\bnot (?:immediately )?available for comment\b|\bnothing (?:further |more )?to (?:add|say)\b/iu

/** "I thank you.", "Thank you, Mr President.": the speaker's courtesy to the room, not a position. */
const courtesy = /^(?:(?:I|we)\s+)?thank\s+you\b[^.;:]{0,40}[.!]?$/iu

/**
 * "said the Secretary-General had spoken by phone with …": an account that a call or a meeting took
 * place, with no word of what the speaker holds, states no position of its own.
 */
const contact =
  /^\s+(?:that\s+)?[^,;.]{0,60}?\b(?:(?:had|has|have)\s+(?:spoken|talked|met|held talks|discussed)|spoke|talked|met|held talks)\s+(?:[^,;.]{0,40}?\s)?(?:with|by (?:tele)?phone)\b/iu

/**
 * "…, said Lena Koh, an analyst at a consultancy in Oslo": a person described by a trade outside
 * government speaks for no state, though the place of the trade is one.
 */
const trade =
  /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:analyst|researcher|professor|lecturer|scholar|expert|economist|historian|commentator|consultant|fellow|academic|journalist|reporter|lawyer|strategist|scientist|specialist)s?\s+(?:at|with|from|of|in)\b/iu

/**
 * "a Western diplomat in Brussels", "an official based in Paris": where a person no one names is
 * posted says nothing of whom they speak for.
 */
const posted =
  /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:diplomat|official|source|observer|envoy)s?\s+(?:(?:based|posted|stationed)\s+)?in\s+$/iu

/**
 * "Velsany Air said", "Japan's national carrier said", "the Madrid Institute": a name that opens
 * a company's or an institution's name, or owns a company, names it, not an actor.
 */
const company =
  /^\s+(?:Air(?!\s+Force)|Airlines|Airways|Bank|Energy|Oil|Gas|Petroleum|Telecom|Rail|Railways|Group|Motors|Steel|Mining|Holdings|Shipping|Airport|Post|Television|TV|Radio|Broadcasting|Corporation|Corp|Inc|Ltd|Limited|Company|Institute|University|College|Centre|Center|Foundation)\b|^['’]s\s+(?:(?:national|state|state-owned|flag|largest|main)\s+)*(?:carrier|airline|oil company|company|firm|insurer|operator)\b/u

/**
 * Drafts that report no statement, though a verb of saying put them there: a refusal to say
 * anything, a speech's closing courtesy, a private expert tied to a place, a company named after
 * its country. `find` gives the actors a text names.
 */
export function withoutNonStatements(
  drafts: readonly Draft[],
  source: string,
  find: (text: string) => Mention[],
): Draft[] {
  return drafts.filter((draft) => {
    const words = draft.passage.text
    if (draft.stance === null && refusal.test(words)) return false
    if (draft.stance === null && courtesy.test(words.trim())) return false
    const reported = source.slice(draft.trigger.end, draft.passage.end)
    if (draft.stance === null && contact.test(reported)) return false
    const own = find(words).filter((mention) => mention.entry.id === draft.actorId)
    if (own.length === 0) return true
    const outside = (mention: Mention) => {
      const at = draft.passage.start + mention.start
      const before = source.slice(draft.passage.start, at)
      // Inside the apposition of a trade: after its comma, in the same clause.
      const apposition = trade.exec(before)
      const inTrade = apposition !== null && !/[,;.]/u.test(before.slice(apposition.index + 1))
      return (
        inTrade ||
        posted.test(before) ||
        company.test(source.slice(at + mention.end - mention.start))
      )
    }
    return !own.every(outside)
  })
}
