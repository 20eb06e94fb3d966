import type { DraftActor, Mention } from './extract-text'

/** A heading that says whose document follows: a ministry's release, a readout, remarks. */
const documentHeading =
  /\b(?:ministry|department|office|embassy|mission|government|presidency|statement|readout|remarks|press release|communiqué|communique|spokesperson|secretary-general|speech|address|declaration)\b/iu

/**
 * The actor whose own document a source is: named in one of its opening headings ("Ministry of
 * Foreign Affairs of Japan", "Readout of the Secretary-General's call", "Remarks by the Prime
 * Minister of Canada"), a line that ends without a full stop. A news report has none; its "we"
 * and "the ministry" are then read from the sentences around them.
 */
export function documentAuthor(
  source: string,
  find: (text: string) => Mention[],
): DraftActor | null {
  const opening = source
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 5)
  for (const line of opening) {
    if (/[.!?]["”’]?$/u.test(line) || !documentHeading.test(line)) continue
    const named = find(line)
    const actor = named.find((mention) => !mention.weak) ?? named[0]
    if (actor) return actor.entry
  }
  return null
}

/** Platforms whose posts a source may quote line by line. */
const platforms =
  /^(.{2,80}?)\s+(?:on|via)\s+(?:X|Twitter|Facebook|Telegram|Instagram|Bluesky|Mastodon|Threads|LinkedIn|Weibo|VK|YouTube|TikTok)\b[^:\n]{0,40}:\s*/u

/**
 * A line that gives one account's post ("Russian foreign ministry on Telegram: …"): the account's
 * words and where the post begins. The account speaks the post, first person and all.
 */
export function postLine(line: string): { account: string; textAt: number } | null {
  const match = platforms.exec(line)
  return match?.[1] ? { account: match[1], textAt: match[0].length } : null
}
