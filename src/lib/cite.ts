import type { Statement } from './schemas/statement'
import { bibtexEntry } from './cite-bibtex'
import { articleItem, datasetItem } from './cite-csl'
import {
  dashboardTitleOf,
  paragraphs,
  type Cited,
  type Citation,
  type Citations,
  type CiteContext,
  type CslItem,
  type FileFormat,
} from './cite-parts'
import { risRecord } from './cite-ris'
import { syntheticItem } from './cite-synthetic'
import { syntheticCitationNote } from './synthetic-notice'

export {
  cslStyleNames,
  fileFormats,
  type Citation,
  type Citations,
  type CiteContext,
  type CslItem,
  type CslStyleName,
  type FileFormat,
} from './cite-parts'

/** The files that download, by format: what reference managers import. */
export const citationFiles = {
  RIS: { extension: 'ris', type: 'application/x-research-info-systems' },
  'CSL-JSON': { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
} as const satisfies Partial<Record<FileFormat, { extension: string; type: string }>>

// Names that read as "the United States", "the European Union" in running text.
const takesArticle = /^(United |European |Karabakh )/

/** "Statement by the United States", "Statement by Armenia": the title of a cited statement. */
export function statementTitle(actorName: string): string {
  return `Statement by ${takesArticle.test(actorName) ? 'the ' : ''}${actorName}`
}

/** Who spoke, as the article names them: "Antony Blinken (U.S. Secretary of State), United States". */
export function statementAuthor(statement: Statement, actorName: string): string {
  const voice = statement.speaker
    ? `${statement.speaker}${statement.office ? ` (${statement.office})` : ''}`
    : statement.office
  if (voice) return `${voice}, ${actorName}`
  return takesArticle.test(actorName) ? `the ${actorName}` : actorName
}

/**
 * How a cited statement is named. Only the actor's own words are quoted; a statement the article
 * only paraphrases is named as such, never with the article's prose in quotation marks.
 */
export function citedStatement(statement: Statement, actorName: string): string {
  const by = `Statement by ${statementAuthor(statement, actorName)}`
  const quote = statement.quotes[0]
  return quote ? `${by}: “${quote.text}”` : `${by}, reported in paraphrase`
}

/** The statement's own link: it opens that statement, in the dataset version cited. */
export function statementLink(viewUrl: string, statementId: string, version: string): string {
  const url = new URL(viewUrl)
  const query = new URLSearchParams({ statement: statementId, version })
  // A statement of the synthetic corpus exists only in it: the link names it and its size.
  for (const key of ['dataset', 'size']) {
    const value = url.searchParams.get(key)
    if (value) query.set(key, value)
  }
  return `${url.origin}${url.pathname}?${query.toString()}`
}

/** A view of the dashboard, citing the sources it is built on; its title names the event in view. */
export function citeView(context: CiteContext): Citations {
  return cite({
    context,
    title: dashboardTitleOf(context.event),
    url: context.url,
    statementId: null,
  })
}

/**
 * The view's address pinned to the dataset version cited, as a statement's link is: it shows the
 * chart as cited after the data changes, and names the version in every style, even those that
 * print no version of a dataset (Cite Them Right).
 */
export function pinnedLink(viewUrl: string, version: string): string {
  const url = new URL(viewUrl)
  url.hash = ''
  url.searchParams.set('version', version)
  return url.toString().replace(/%2C/gi, ',')
}

/**
 * One chart of a view, as a reader sees it: named with the filters it shows, in words, at the
 * view's address in the version cited, citing the sources the view is built on.
 */
export function citeChart(
  context: CiteContext,
  chart: { id: string; title: string; filters: string | null },
): Citations {
  return cite({
    context,
    title: `${chart.title} (chart; ${chart.filters ? `filtered: ${chart.filters}` : 'unfiltered'})`,
    url: pinnedLink(context.url, context.datasetVersion),
    statementId: null,
    chartId: chart.id,
  })
}

/** One statement, at its own link, citing the article that reports it and the dashboard that codes it. */
export function citeStatement(
  context: CiteContext,
  statement: Statement,
  actorName: string,
): Citations {
  return cite({
    context,
    title: citedStatement(statement, actorName),
    url: statementLink(context.url, statement.id, context.datasetVersion),
    statementId: statement.id,
  })
}

/** Said when the analyst cites a statement they coded themselves. */
export const yoursCitationNote =
  'This statement is your own coding, kept in this browser: it is not part of the published dataset and has no public link, so only the source you coded it from is cited.'

/** Said when the analyst cites a view that shows only what they coded themselves. */
export const yoursViewCitationNote =
  'This view shows your own coding, kept in this browser: it is not part of the published dataset and has no public link, so only the sources you coded it from are cited.'

/** Whose the references are: synthetic test data, the analyst's own coding, or the dataset's. */
type CitedKind = 'synthetic' | 'yours' | 'dataset'

function citedKind({ context }: Cited): CitedKind {
  if (context.synthetic) return 'synthetic'
  return context.sources.every((source) => source.yours) ? 'yours' : 'dataset'
}

/**
 * Every reference as a CSL-JSON item, in order: each source, then the dashboard. The analyst's own
 * coding is not part of the published dataset and has no public link, so only their sources are
 * cited; synthetic test data is cited as the generated dataset alone.
 */
function cslItems(cited: Cited, kind: CitedKind): CslItem[] {
  if (kind === 'synthetic') return [syntheticItem(cited)]
  const sources = cited.context.sources.map(articleItem)
  return kind === 'yours' ? sources : [...sources, datasetItem(cited)]
}

/** "the article", or "article 1", "article 2" … where a view cites several. */
const sourceNames = (sources: readonly unknown[], one: string) =>
  sources.map((_, index) => (sources.length === 1 ? `the ${one}` : `${one} ${index + 1}`))

function cite(cited: Cited): Citations {
  const kind = citedKind(cited)
  const items = cslItems(cited, kind)
  const { sources } = cited.context
  const isView = cited.statementId === null
  const part = cited.chartId ? `chart_${cited.chartId}` : cited.statementId
  const slug = `${kind === 'synthetic' ? 'synthetic_' : ''}citation${part ? `_${part}` : ''}`
  const ris = items.map(risRecord).join('\n')
  const json = JSON.stringify(items, null, 2)
  // BibTeX's entries are shown apart, each copied alone; RIS and CSL-JSON are each one file.
  const files: Record<FileFormat, Citation> = {
    BibTeX: paragraphs(items.map(bibtexEntry)),
    RIS: { references: [ris], text: ris },
    'CSL-JSON': { references: [json], text: `${json}\n` },
  }
  if (kind === 'synthetic')
    return {
      slug,
      referenceNames: ['the synthetic dataset'],
      items,
      files,
      notice: syntheticCitationNote,
      noticeKind: 'synthetic',
    }
  if (kind === 'yours')
    return {
      slug,
      referenceNames: sourceNames(sources, 'source'),
      items,
      files,
      notice: isView ? yoursViewCitationNote : yoursCitationNote,
      noticeKind: 'yours',
    }
  return {
    slug,
    referenceNames: [
      ...sourceNames(sources, 'article'),
      cited.chartId ? 'the chart' : 'the dashboard',
    ],
    items,
    files,
  }
}
