import { gazetteer } from '../src/lib/gazetteer/gazetteer'
import type { SourceVersion, WorkspaceData, WorkspaceStatement } from '../src/lib/workspace/records'

/**
 * A synthetic workspace and a synthetic file of statements for the import benchmark: made-up
 * sentences about no real event, every one numbered so that each passage occurs once in its
 * source, a fifth of them with quoted words. Nothing here is a real statement.
 */
export type BenchData = { workspace: WorkspaceData; csv: string; rows: number }

const sentencesPerSource = 150
const actorIds = gazetteer.slice(0, 60).map((entry) => entry.id)

function sentence(source: number, at: number): string {
  const words = `synthetic statement ${at} of synthetic source ${source}`
  return at % 5 === 0
    ? `A spokesperson said in ${words}: “We ask for calm, point ${at}.”`
    : `The ministry commented in ${words} on the fictional talks.`
}

function source(index: number): SourceVersion {
  const text = Array.from({ length: sentencesPerSource }, (_, at) => sentence(index, at)).join(' ')
  return {
    id: `synthetic-source-${index}`,
    version: 1,
    title: `Synthetic source ${index}`,
    outlet: 'Synthetic Gazette',
    published: '2026-01-05',
    url: null,
    language: 'en',
    text,
    eventId: null,
    addedAt: '2026-01-05T10:00:00.000Z',
  }
}

function statement(held: SourceVersion, at: number, id: string): WorkspaceStatement {
  const words = sentence(Number(held.id.split('-').at(-1)), at)
  const start = held.text.indexOf(words)
  return {
    id,
    actorId: actorIds[at % actorIds.length] ?? 'france',
    sourceId: held.id,
    sourceVersion: 1,
    speaker: null,
    office: null,
    date: { asWritten: null, earliest: null, latest: null, partOfDay: null },
    channel: 'unspecified',
    textKind: 'paraphrase',
    passage: { start, end: start + words.length, text: words },
    quotes: [],
    stance: null,
    positions: [],
    addressees: [],
    rationale: 'Synthetic.',
  }
}

/**
 * `existing` statements already in the workspace and a CSV of `rows` more, spread over enough
 * sources that every statement has a passage of its own. Each CSV row names its source by id, one
 * row in five by its title, and quotes the quoted words where its sentence has some.
 */
export function benchData(existing: number, rows: number): BenchData {
  const sourceCount = Math.ceil((existing + rows) / sentencesPerSource)
  const sources = Array.from({ length: sourceCount }, (_, index) => source(index))
  const place = (n: number) => {
    const held = sources[Math.floor(n / sentencesPerSource)]
    if (!held) throw new Error(`no source for statement ${n}`)
    return { held, at: n % sentencesPerSource }
  }
  const statements = Array.from({ length: existing }, (_, n) => {
    const { held, at } = place(n)
    return statement(held, at, `held-${n}`)
  })
  const lines = ['id,source,actor,passage,quote,stance,channel,speaker,office,date,rationale']
  for (let n = existing; n < existing + rows; n += 1) {
    const { held, at } = place(n)
    const words = sentence(Number(held.id.split('-').at(-1)), at)
    const quote = at % 5 === 0 ? `We ask for calm, point ${at}.` : ''
    const name = n % 5 === 0 ? held.title : held.id
    const actor = actorIds[n % actorIds.length] ?? 'france'
    lines.push(
      `row-${n},${name},${actor},"${words}","${quote}",calls-on-all-sides,statement,,,,Synthetic.`,
    )
  }
  return {
    workspace: { events: [], sources, actors: [], statements },
    csv: `${lines.join('\r\n')}\r\n`,
    rows,
  }
}
