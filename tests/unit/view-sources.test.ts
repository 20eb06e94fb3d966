import { expect, test } from 'vitest'
import { event as article } from '../../data/event'
import { source } from '../../data/source'
import { citeContextOf, sourceLineOf } from '../../src/app/source-line'
import {
  citeStatement,
  citeView,
  fileFormats,
  yoursViewCitationNote,
  type Citations,
} from '../../src/lib/cite'
import { dashboardTitleOf } from '../../src/lib/cite-parts'
import { allEvents } from '../../src/lib/url-state/filter-state'
import { eventOfSourceIn } from '../../src/lib/view/events-in-view'
import { norvaniaEvent, norvaniaSource, urgesNorvania } from './norvania-export-fixtures'

// The article's event beside a fictional one (Norvania's border closure, invented for these
// tests), whose only source is the analyst's own.
const { text: _text, ...articleSource } = source
const sources = [articleSource, norvaniaSource]
const events = [article, norvaniaEvent]
const dataset = { version: '1', updatedAt: '2026-11-27', codebookVersion: '3.0.0' }
const url = 'https://tracker.example/'
const coded = 'Coded by the diplomatic reactions tracker, dataset 1'

test('a chart’s source line names only the sources of the event in view', () => {
  expect(sourceLineOf(sources, '1', { events, event: article.id })).toBe(
    `Source: Daily Sabah via Azerbaijan in Focus, 20 September 2023. ${coded}.`,
  )
  expect(sourceLineOf(sources, '1', { events, event: norvaniaEvent.id })).toBe(
    `Source: One source of your own. ${coded}, with your own coding.`,
  )
  expect(sourceLineOf(sources, '1', { events, event: allEvents })).toBe(
    `Source: Daily Sabah via Azerbaijan in Focus, 20 September 2023 and one source of your own. ${coded}, with your own coding.`,
  )
})

test('a source that no event in view lists is left out; with no event known, every source counts', () => {
  const unused = { ...articleSource, id: 'unused', outlet: 'Unused Times' }
  expect(sourceLineOf([...sources, unused], '1', { events, event: allEvents })).not.toContain(
    'Unused Times',
  )
  expect(sourceLineOf(sources, '1', { events: [], event: allEvents })).toContain('Daily Sabah')
})

const citeOf = (event: string, all = sources, known = events) => {
  const context = citeContextOf(all, dataset, { events: known, event }, url)
  if (!context) throw new Error('the view has a source to cite')
  return context
}

/** What each reference cites: its title and container, as the CSL-JSON items give them. */
const cited = (citations: Citations) =>
  citations.items.map((item) => [item.title, item['container-title']])
/** The files a reader downloads or copies, every style being formatted from the items. */
const filesOf = (citations: Citations) => fileFormats.map((format) => citations.files[format].text)

test('citing a view of another event names neither the article nor its operation', () => {
  const { yours: _yours, ...published } = norvaniaSource
  const citations = citeView(citeOf(norvaniaEvent.id, [articleSource, published])())
  expect(cited(citations)).toEqual([
    ['Norvania closes its border (a fictional report)', 'Norvania Herald'],
    ['Reactions to Norvania’s border closure', undefined],
  ])
  for (const text of filesOf(citations)) {
    expect(text).not.toContain('Daily Sabah')
    expect(text).not.toContain('Karabakh')
  }
})

test('a view of the analyst’s own event cites their sources alone, and says why', () => {
  const citations = citeView(citeOf(norvaniaEvent.id)())
  expect(citations.notice).toBe(yoursViewCitationNote)
  expect(cited(citations)).toEqual([
    ['Norvania closes its border (a fictional report)', 'Norvania Herald'],
  ])
  for (const text of filesOf(citations)) expect(text).not.toContain('Diplomatic reactions tracker')
})

test('the article’s event is cited by its title; a view across events by a title naming none', () => {
  const own = cited(citeView(citeOf(article.id)()))
  expect(own).toEqual([
    ['Azerbaijan says cease-fire achieved with separatists in Karabakh', 'Daily Sabah'],
    [
      'Reactions to Azerbaijan’s September 2023 operation in Karabakh and the cease-fire',
      undefined,
    ],
  ])
  // Across events the published sources are cited; the analyst's own have no public link.
  const across = citeView(citeOf(allEvents)())
  expect(cited(across)).toEqual([own[0], ['Reactions across all events', undefined]])
  expect(across.items[1]?.URL).toBe('https://tracker.example/')
})

test('a statement cited across events is titled by its own event', () => {
  const context = citeOf(allEvents)(urgesNorvania.sourceId)
  expect(context.event?.title).toBe('Norvania’s border closure')
  expect(context.sources).toEqual([norvaniaSource])
  const citations = citeStatement(context, urgesNorvania, 'France')
  for (const text of filesOf(citations)) expect(text).not.toContain('Daily Sabah')
})

test('a source two events share belongs to the one in view, else to the first that lists it', () => {
  const shared = { ...norvaniaEvent, id: 'second', sourceIds: [articleSource.id] }
  expect(eventOfSourceIn([article, shared], 'second')(articleSource.id)?.id).toBe('second')
  expect(eventOfSourceIn([article, shared], allEvents)(articleSource.id)?.id).toBe(article.id)
  expect(eventOfSourceIn([article, shared], allEvents)('nowhere')).toBeNull()
})

test('a view that draws on several sources cites each of them, then the dashboard', () => {
  // A second, fictional report filed under the article's event.
  const second = {
    ...articleSource,
    id: 'second',
    outlet: 'Second Wire',
    via: null,
    title: 'A fictional report',
  }
  const both = { ...article, sourceIds: [articleSource.id, second.id] }
  const published = citeView(citeOf(article.id, [articleSource, second], [both])())
  expect(published.referenceNames).toEqual(['article 1', 'article 2', 'the dashboard'])
  expect(cited(published)[1]).toEqual(['A fictional report', 'Second Wire'])
  expect(published.files.BibTeX.references).toHaveLength(3)
  expect(JSON.parse(published.files['CSL-JSON'].text)).toHaveLength(3)
  expect(published.files.RIS.text.match(/^TY {2}- /gm)).toHaveLength(3)
  // The analyst's own sources alone: each of them, and no dashboard.
  const mine = [norvaniaSource, { ...norvaniaSource, id: 'norvania-post', outlet: 'Norvania Post' }]
  const yours = citeView(
    citeOf(norvaniaEvent.id, mine, [
      { ...norvaniaEvent, sourceIds: ['norvania-herald', 'norvania-post'] },
    ])(),
  )
  expect(yours.referenceNames).toEqual(['source 1', 'source 2'])
  expect(yours.items).toHaveLength(2)
  for (const text of filesOf(yours)) expect(text).not.toContain('Diplomatic reactions tracker')
})

test('an event title that opens with an article reads on in lower case after “Reactions to”', () => {
  expect(dashboardTitleOf({ title: 'The border closure' })).toBe('Reactions to the border closure')
  expect(dashboardTitleOf({ title: 'Your sources without an event' })).toBe(
    'Reactions to your sources without an event',
  )
  expect(dashboardTitleOf({ title: 'Norvania’s border closure' })).toBe(
    'Reactions to Norvania’s border closure',
  )
  expect(dashboardTitleOf(null)).toBe('Reactions across all events')
})
