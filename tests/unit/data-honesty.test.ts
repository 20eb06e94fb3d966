import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { actors } from '../../data/actors'
import { event } from '../../data/event'
import { source } from '../../data/source'
import { statements } from '../../data/statements'
import { uncodedQuotations } from '../../data/uncoded-quotations'
import { statementsV1 } from '../../data/v1/statements'
import { statementsV2 } from '../../data/v2/statements'
import { statementsV3 } from '../../data/v3/statements'
import { actorSchema } from '../../src/lib/schemas/actor'
import { eventSchema } from '../../src/lib/schemas/event'
import { statementSchema } from '../../src/lib/schemas/statement'
import { findDataProblems, reactingActorIds } from './data-checks'

// The article as shipped beside the repository; absent on a clean clone, where the text is checked
// against the SHA-256 of the seed file recorded when it was imported. Every other check always runs.
const seed = resolve(import.meta.dirname, '../../../shared/seed/000_769a9e1e10ff5aa3.txt')
const seedSha256 = 'd747c3f0148737538d563b16dab68775d3f4b39a20c07fcd2f71bc8a73f0e8aa'
const hasSeed = existsSync(seed)

test(
  hasSeed
    ? 'the dataset holds the article exactly as the seed file has it'
    : 'the seed file is absent here: the article is checked against the seed’s recorded SHA-256',
  () => {
    if (hasSeed) expect(source.text).toBe(readFileSync(seed, 'utf8'))
    expect(createHash('sha256').update(source.text).digest('hex')).toBe(seedSha256)
  },
)

test('every record matches its schema', () => {
  for (const actor of actors) expect(actorSchema.safeParse(actor).error).toBeUndefined()
  for (const statement of statements) {
    expect(statementSchema.safeParse(statement).error, statement.id).toBeUndefined()
  }
  expect(eventSchema.safeParse(event).error).toBeUndefined()
})

test('the dataset as coded has no honesty problem', () => {
  expect(findDataProblems({ actors, statements, source, event, uncodedQuotations })).toEqual([])
})

test('the dataset coded by codebook 2, frozen as published, has no honesty problem either', () => {
  expect(
    findDataProblems({ actors, statements: statementsV2, source, event, uncodedQuotations }),
  ).toEqual([])
})

test('the dataset coded by codebook 3.0.0, frozen as published, has no honesty problem either', () => {
  expect(
    findDataProblems({ actors, statements: statementsV3, source, event, uncodedQuotations }),
  ).toEqual([])
})

test('the first dataset left two of the article’s quotations out, as codebook 2 found', () => {
  const problems = findDataProblems({
    actors,
    statements: statementsV1,
    source,
    event,
    uncodedQuotations: [],
  })
  expect(problems.filter((problem) => problem.includes('attached to no statement'))).toEqual([
    'the quotation “restore constitutional order” is attached to no statement and not listed as deliberately uncoded',
    'the quotation “presidential election,” is attached to no statement and not listed as deliberately uncoded',
  ])
})

test('each of the eight reacting actors has at least one statement', () => {
  for (const id of reactingActorIds) {
    expect(
      statements.some((statement) => statement.actorId === id),
      id,
    ).toBe(true)
  }
})

test('the EU, France and Germany are only paraphrased, as in the article', () => {
  for (const id of ['european-union', 'france', 'germany']) {
    const own = statements.filter((statement) => statement.actorId === id)
    expect(own.length).toBeGreaterThan(0)
    for (const statement of own) {
      expect(statement.textKind).toBe('paraphrase')
      expect(statement.quotes).toEqual([])
    }
  }
})

// The checks must catch a broken record: each case below breaks one thing and expects a problem.
describe('a deliberately broken record is caught', () => {
  const base = { actors, statements, source, event, uncodedQuotations }
  const first = statements[0]!
  const replaceFirst = (patch: Partial<typeof first>) => ({
    ...base,
    statements: [{ ...first, ...patch }, ...statements.slice(1)],
  })

  test('a misquote (one word changed)', () => {
    const quote = first.quotes[0]!
    const broken = replaceFirst({
      quotes: [{ ...quote, text: quote.text.replace('immediately', 'promptly') }],
    })
    expect(findDataProblems(broken).join('\n')).toMatch(/quote .* does not match the source/)
  })

  test('a quote whose offsets point elsewhere', () => {
    const quote = first.quotes[0]!
    const broken = replaceFirst({
      quotes: [{ ...quote, start: quote.start + 1, end: quote.end + 1 }],
    })
    expect(findDataProblems(broken).join('\n')).toMatch(/does not match the source/)
  })

  test('an invented quote: words of the article that it does not put in quotation marks', () => {
    const { passage } = first
    const words = 'held calls with both Aliyev'
    const start = passage.start + passage.text.indexOf(words)
    const broken = replaceFirst({ quotes: [{ start, end: start + words.length, text: words }] })
    expect(findDataProblems(broken).join('\n')).toMatch(/not inside quotation marks/)
  })

  test('a quote for an actor the article only paraphrases', () => {
    const eu = statements.find((statement) => statement.actorId === 'european-union')!
    const broken = {
      ...base,
      statements: statements.map((statement) =>
        statement === eu ? { ...eu, textKind: 'quote' as const } : statement,
      ),
    }
    expect(findDataProblems(broken).join('\n')).toMatch(/marked as a quote but has no quoted words/)
  })

  test('a missing actor', () => {
    const broken = {
      ...base,
      statements: statements.filter((statement) => statement.actorId !== 'germany'),
    }
    expect(findDataProblems(broken).join('\n')).toMatch(/germany has no statement/)
  })

  test('a statement pointing at an unknown actor or source', () => {
    const broken = replaceFirst({ actorId: 'atlantis', sourceId: 'nowhere' })
    const problems = findDataProblems(broken).join('\n')
    expect(problems).toMatch(/unknown actor "atlantis"/)
    expect(problems).toMatch(/unknown source "nowhere"/)
  })

  test('a date written in words the article does not use', () => {
    const broken = replaceFirst({ date: { ...first.date, asWritten: 'on Monday morning' } })
    expect(findDataProblems(broken).join('\n')).toMatch(
      /date "on Monday morning" is not in the source/,
    )
  })

  test('a quotation of the article attached to no statement', () => {
    const aliyev = statements.find(
      (statement) => statement.id === 'azerbaijan-aliyev-provocations',
    )!
    const broken = {
      ...base,
      statements: statements.map((statement) =>
        statement === aliyev ? { ...aliyev, quotes: aliyev.quotes.slice(0, 1) } : statement,
      ),
    }
    expect(findDataProblems(broken).join('\n')).toMatch(
      /quotation “presidential election,” is attached to no statement/,
    )
  })

  test('an uncoded quotation listed without a reason', () => {
    const broken = { ...base, uncodedQuotations: [{ text: 'expressed readiness', reason: '' }] }
    expect(findDataProblems(broken).join('\n')).toMatch(
      /quotation “expressed readiness” is attached to no statement/,
    )
  })

  test('a quotation coded as a statement of its own: the same words in two statements', () => {
    const turkiye = statements.find(
      (statement) => statement.id === 'turkiye-support-for-operation',
    )!
    const quote = turkiye.quotes[1]!
    const broken = {
      ...base,
      statements: [
        ...statements,
        { ...turkiye, id: 'turkiye-erdogan-again', passage: quote, passages: [quote] },
      ],
    }
    expect(findDataProblems(broken).join('\n')).toMatch(
      /statements turkiye-support-for-operation and turkiye-erdogan-again are coded on the same passage/,
    )
  })

  test('a further passage whose offsets point elsewhere', () => {
    const us = statements.find((statement) => statement.id === 'us-blinken-calls')!
    const later = us.passages[1]!
    const broken = {
      ...base,
      statements: statements.map((statement) =>
        statement === us
          ? {
              ...us,
              passages: [us.passage, { ...later, start: later.start + 2, end: later.end + 2 }],
            }
          : statement,
      ),
    }
    expect(findDataProblems(broken).join('\n')).toMatch(
      /statement us-blinken-calls: passage does not match the source/,
    )
  })

  test('an office in words the article does not print', () => {
    const broken = replaceFirst({ office: 'Secretary of State of the United States' })
    expect(findDataProblems(broken).join('\n')).toMatch(
      /office "Secretary of State of the United States" is not as the source prints it/,
    )
  })
})
