import { gazetteerEntry } from '../gazetteer/gazetteer'
import type { DraftActor, Mention } from './extract-text'

/** Offices that many organisations have: the United Nations' unless a text says otherwise. */
const sharedOffice = /^Secretary[-\s]General$/iu

/**
 * An organisation's own post names its own officers: "The Secretary General calls on …" posted by
 * the Council of Europe is the Council's Secretary General, not the UN's. A name beside the office
 * ("the UN Secretary-General", "the Secretary-General of NATO") still says whose it is.
 */
export function ownOffices(
  mentions: readonly Mention[],
  account: DraftActor | null,
  source: string,
): Mention[] {
  if (!account || gazetteerEntry(account.id)?.kind !== 'international-organisation')
    return [...mentions]
  return mentions.map((mention) => {
    if (!mention.weak || !sharedOffice.test(source.slice(mention.start, mention.end)))
      return mention
    const named = mentions.some(
      (other) =>
        !other.weak &&
        ((other.end <= mention.start && /^\s?$/u.test(source.slice(other.end, mention.start))) ||
          (other.start >= mention.end &&
            /^\s+of\s+(?:the\s+)?$/u.test(source.slice(mention.end, other.start)))),
    )
    return named ? mention : { ...mention, entry: account }
  })
}
