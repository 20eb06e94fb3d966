/**
 * Codebook 3 writes its stance scale relative to the event: who started it (the initiator) and
 * what they did (the action). The labels are templates that name them, so one rule codes any
 * event and each event reads in its own words: "Urges {initiator} to halt" is "Urges Azerbaijan to
 * halt" for the article's event and "Urges Norvania to halt" for another. Views that span events
 * fill the same templates with generic words, so like is compared with like by ordinal position.
 */

/** The words an event gives its coding. */
export type EventTerms = {
  /** The initiator as a label names it: "Azerbaijan". */
  initiator: string
  /** The action as a short noun phrase, lower case, with its article: "the operation". */
  action: string
}

/** The words of a view across events, where no one initiator or action is meant. */
export const genericTerms: EventTerms = { initiator: 'the initiator', action: 'the action' }

/** An event's initiator and action, as the event schema records them. */
export type EventWithTerms = {
  initiator?: { name: string } | undefined
  action?: { short: string } | undefined
}

/** The terms of one event, or the generic terms where it names no initiator or action. */
export function termsOf(event: EventWithTerms | null | undefined): EventTerms {
  if (!event?.initiator || !event.action) return genericTerms
  return { initiator: event.initiator.name, action: event.action.short }
}

const placeholder = /\{(initiator|initiator’s|action)\}/g

/** "Azerbaijan’s", "the initiator’s"; a name ending in s takes the apostrophe alone ("Philippines’"). */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`
}

/**
 * A codebook text with the event's words put in. A placeholder that opens the text is written
 * with a capital ("The action …"); a text with no placeholder (codebooks 1 and 2, written for one
 * event) comes back as it is.
 */
export function fillTerms(template: string, terms: EventTerms): string {
  return template.replace(placeholder, (_, name: string, at: number) => {
    const word =
      name === 'initiator'
        ? terms.initiator
        : name === 'initiator’s'
          ? possessive(terms.initiator)
          : terms.action
    return at === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word
  })
}

/** Whether a codebook text is written from the event (codebook 3 on) or for one event only. */
export const speaksOfTheEvent = (text: string): boolean => new RegExp(placeholder).test(text)
