import type { DraftActor, Mention } from './extract-text'

/**
 * A heading that says whose document follows: a ministry's release, a readout, remarks; the plural
 * of a joint one ("the Ministries of …"). Letters, not \b, bound the words: "communiqué" ends in
 * one \b does not count.
 */
const documentHeading =
  /(?<!\p{L})(?:ministry|ministries|department|office|embassy|mission|governments?|presidency|statement|readout|remarks|press release|communiqué|communique|spokesperson|secretary-general|speech|address|declaration|interview|transcript|briefing)(?!\p{L})/iu

/**
 * The actors whose own document a source is: named in one of its opening headings ("Ministry of
 * Foreign Affairs of Japan", "Readout of the Secretary-General's call", "Remarks by the Prime
 * Minister of Canada"), a line that ends without a full stop. A joint statement's heading names
 * every signatory ("Joint statement by the foreign ministers of Australia, Canada and Japan"). A
 * news report has none; its "we" and "the ministry" are then read from the sentences around them.
 */
export function documentAuthors(source: string, find: (text: string) => Mention[]): DraftActor[] {
  const opening = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 5)
  let headed = false
  for (const line of opening) {
    if (/[.!?]["”’]?$/u.test(line) || !documentHeading.test(line)) continue
    headed = true
    // What a heading says the document is about ("… on the seizure of the ferry", "Lendria:
    // Declaration by …") names no author; "on behalf of" does.
    const titled = line.replace(/^[^:]{2,60}:\s+(?=.*\b(?:by|of)\b)/u, '')
    const byline =
      titled.split(/\s+(?:on(?!\s+behalf\b)|about|regarding|concerning|at)\s+(?:the\s+)?/u)[0] ??
      titled
    const named = find(byline)
    const strong = named.filter((mention) => !mention.weak)
    if (/\bjoint\b/iu.test(line) && strong.length > 1) return strong.map((mention) => mention.entry)
    const actor = strong[0] ?? named[0]
    if (actor) return [actor.entry]
  }
  return headed ? openingSubject(opening, find) : []
}

/**
 * A release whose headings name no one ("Press release | Ministry of Foreign Affairs") is the
 * actor its opening sentence begins with: "Norway condemns …", "Switzerland deeply regrets …".
 */
function openingSubject(opening: readonly string[], find: (text: string) => Mention[]) {
  for (const line of opening.filter((held) => /[.!?]["”’]?$/u.test(held))) {
    const first = find(line).find((mention) => mention.start === 0 && !mention.weak)
    if (first && /^\s+(?:\p{Ll}+ly\s+)*\p{Ll}+s\b/u.test(line.slice(first.end)))
      return [first.entry]
  }
  return []
}

/**
 * A transcript's speaker label ("MINISTER:", "Q:", "PRESENTER:"): whether the line is the
 * document's own speaker or the one asking, whose "I" and "we" are nobody the drafts can name.
 */
export function speakerLabel(line: string): { asks: boolean; textAt: number } | null {
  const match = /^([A-Z][A-Z .'-]{0,30}|Q|A):\s+/u.exec(line)
  if (!match?.[1]) return null
  const asks =
    /^(?:Q|QUESTION|PRESENTER|HOST|INTERVIEWER|JOURNALIST|REPORTER|ANCHOR|MODERATOR)$/u.test(
      match[1].trim(),
    )
  return { asks, textAt: match[0].length }
}

/** Platforms whose posts a source may quote line by line. */
const platforms =
  /^(.{2,80}?)\s+(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|Bluesky|Mastodon|Threads|LinkedIn|Weibo|VK|YouTube|TikTok)\b[^:\n]{0,40}:\s*/u

/**
 * A line that gives one account's post ("Russian foreign ministry on Telegram: …"): the account's
 * words and where the post begins. The account speaks the post, first person and all.
 */
export function postLine(line: string): { account: string; textAt: number } | null {
  // A round-up's bullet names whose reaction follows: "- Japan: Tokyo expressed …".
  const match = platforms.exec(line) ?? /^[-•*–]\s+([^:\n]{2,60}):\s+/u.exec(line)
  return match?.[1] ? { account: match[1], textAt: match[0].length } : null
}

/**
 * A post's header on a line of its own, as a page of posts prints it: the account's name and its
 * handle, in brackets or not, perhaps a time ("UN Spokesperson (@UN_Spokesperson) · 08:12",
 * "Foreign Ministry of Japan @MofaJapan_en"). The paragraph under it
 * is the account's post.
 */
const postHeader =
  /^(.{2,80}?),?\s*(?:\(@[\w.]{1,40}\)|@[\w.]{1,40})(?:\s*[·•|–-]\s*[^\n]{0,40})?$/u

/**
 * A post's signature on the line under it, as a page that embeds posts prints them: a dash, the
 * account's name and handle, perhaps a time or a date ("— Government of Dalvonia (@GovDalvonia),
 * 08:02", "– Swiss MFA @SwissMFA May 4, 2026").
 */
const postSignature =
  /^[—–-]\s*(.{2,80}?),?\s*(?:\(@[\w.]{1,40}\)|@[\w.]{1,40})(?:[\s,·•|–-]+[^\n]{0,40})?$/u

/**
 * The account whose post the paragraph that starts at `lineStart` is: named by a header above it,
 * or by a signature below it. A line that opens with a dash signs the post above; it heads nothing.
 */
function headedBy(source: string, lineStart: number, lineEnd: number): string | null {
  const above = source.slice(0, lineStart).trimEnd()
  const line = above.slice(above.lastIndexOf('\n') + 1).trim()
  const header = /^[—–-]/u.test(line) ? null : postHeader.exec(line)?.[1]
  if (header) return header
  if (lineEnd === -1) return null
  const below = source.slice(lineEnd).trimStart()
  const next = below.slice(0, (below.indexOf('\n') + 1 || below.length + 1) - 1).trim()
  return postSignature.exec(next)?.[1] ?? null
}

/**
 * Who "we" and "I" are on the line a sentence opens, and where its own words begin: a post's
 * account, a transcript's speaker (nobody, for the one asking), or the document's authors.
 */
export function lineSpeaker(
  source: string,
  sentenceStart: number,
  find: (text: string) => Mention[],
  authors: readonly DraftActor[],
): { authors: readonly DraftActor[]; account: DraftActor | null; textAt: number } {
  const lineStart = source.lastIndexOf('\n', sentenceStart - 1) + 1
  const lineEnd = source.indexOf('\n', lineStart)
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd)
  const opens = sentenceStart === lineStart
  const headed = headedBy(source, lineStart, lineEnd)
  const post = postLine(line) ?? (headed ? { account: headed, textAt: 0 } : null)
  if (post) {
    const named = find(post.account)
    const account = (named.find((mention) => !mention.weak) ?? named[0])?.entry ?? null
    return {
      authors: account ? [account] : [],
      account: opens ? account : null,
      textAt: opens ? lineStart + post.textAt : sentenceStart,
    }
  }
  const label = speakerLabel(line)
  // "IRELAND: The foreign ministry condemned …": a label that names an actor is its line's author.
  const tag = label && !label.asks ? line.slice(0, label.textAt) : ''
  const labelled = tag ? [...find(tag), ...find(titleCased(tag))] : []
  return {
    authors: label?.asks
      ? []
      : labelled[0]
        ? [labelled[0].entry]
        : (dashHeaded(line, find) ?? authors),
    account: null,
    textAt: label && opens ? lineStart + label.textAt : sentenceStart,
  }
}

/**
 * A round-up's line headed by an actor's name and a dash ("Poland — The foreign ministry called
 * …"): its titles and pronouns are that actor's. A dateline ("Seren City, Kelmar — …") is not a
 * name alone, and a verbless line stays no one's statement.
 */
function dashHeaded(line: string, find: (text: string) => Mention[]): DraftActor[] | null {
  const head = /^[-•*]?\s*(?:the\s+)?([^\s,—–:][^,—–:\n]{1,38}?)\s+[—–]\s+/iu.exec(line)?.[1]
  if (!head) return null
  const named = find(head)
  const only = named.length === 1 ? named[0] : undefined
  return only && only.start === 0 && only.end === head.length ? [only.entry] : null
}

/**
 * Words a sentence gives with no verb, and whose: a name before a colon ("Germany's Foreign Office
 * chose plainer words: “…”") or a name after a dash that follows a quotation ("“…” — Chile's
 * foreign minister"). Offsets in the sentence: the words naming the speaker, and what was said.
 */
export function attribution(
  words: string,
): { by: [number, number]; said: [number, number] } | null {
  const colon = /^([^:]{2,120}?):\s*(?=["“'‘«„])/u.exec(words)
  if (colon) return { by: [0, colon[0].length], said: [colon[0].length, words.length] }
  const dash = /^(["“'‘«„][^]*["”’'»])[,.]?\s+[—–]\s+([^—–]{2,80}?)\.?$/u.exec(words)
  if (!dash?.[1] || !dash[2]) return null
  const at = words.lastIndexOf(dash[2])
  return { by: [at, at + dash[2].length], said: [0, dash[1].length] }
}

/** "NEW ZEALAND" as a name is written: "New Zealand". */
const titleCased = (words: string) =>
  words
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{Ll})/gu,
      (_, space: string, letter: string) => space + letter.toUpperCase(),
    )
