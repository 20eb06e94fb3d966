import type { Statement } from './schemas/statement'
import { bibtex } from './cite-bibtex'
import { cslItems } from './cite-csl'
import { apaDay, chicagoDay, mlaDay } from './cite-dates'
import {
  dashboardTitleOf,
  fromIso,
  publisher,
  sentence,
  type Cited,
  type Citation,
  type Citations,
  type CiteContext,
  type CitationStyle,
} from './cite-parts'
import { risRecords } from './cite-ris'
import type { SourceSummary } from './schemas/source'
import { citeSynthetic } from './cite-synthetic'

export {
  citationStyles,
  type Citation,
  type Citations,
  type CitationStyle,
  type CiteContext,
} from './cite-parts'

/** The files reference managers import, by style. */
export const citationFiles = {
  RIS: { extension: 'ris', type: 'application/x-research-info-systems' },
  'CSL-JSON': { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
} as const satisfies Partial<Record<CitationStyle, { extension: string; type: string }>>

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

const paragraphs = (references: readonly string[]): Citation => ({
  references,
  text: references.join('\n\n'),
})

/** Said when the analyst cites a statement they coded themselves. */
export const yoursCitationNote =
  'This statement is your own coding, kept in this browser: it is not part of the published dataset and has no public link, so only the source you coded it from is cited.'

/** Said when the analyst cites a view that shows only what they coded themselves. */
export const yoursViewCitationNote =
  'This view shows your own coding, kept in this browser: it is not part of the published dataset and has no public link, so only the sources you coded it from are cited.'

function cite(cited: Cited): Citations {
  if (cited.context.synthetic) return citeSynthetic(cited)
  if (cited.context.sources.every((source) => source.yours)) return citeYours(cited)
  return citeWithDataset(cited)
}

/** The references to the sources, in one style: one per source. */
const sourceReference = {
  APA: (source: SourceSummary) =>
    `${source.outlet}. (${apaDay(fromIso(source.published))}). ${source.title}.${source.via ? ` ${source.via}.` : ''}`,
  MLA: (source: SourceSummary) =>
    `“${source.title}.” ${source.outlet},${source.via ? ` via ${source.via},` : ''} ${mlaDay(fromIso(source.published))}.`,
  Chicago: (source: SourceSummary) =>
    `${source.outlet}. “${source.title}.”${source.via ? ` ${source.via},` : ''} ${chicagoDay(fromIso(source.published))}.`,
}

/** "the article", or "article 1", "article 2" … where a view cites several. */
const sourceNames = (sources: readonly unknown[], one: string) =>
  sources.map((_, index) => (sources.length === 1 ? `the ${one}` : `${one} ${index + 1}`))

function citeWithDataset(cited: Cited): Citations {
  const { sources, event, datasetVersion, datasetYear, accessed } = cited.context
  const { url } = cited
  const container = dashboardTitleOf(event)
  const isView = cited.statementId === null
  const csl = JSON.stringify(cslItems(cited), null, 2)
  const ris = risRecords(cited).join('\n')
  return {
    slug: isView ? 'citation' : `citation_${cited.statementId}`,
    referenceNames: [...sourceNames(sources, 'article'), 'the dashboard'],
    styles: {
      APA: paragraphs([
        ...sources.map(sourceReference.APA),
        isView
          ? `${publisher}. (${datasetYear}). ${container} (Version ${datasetVersion}) [Data set]. Retrieved ${chicagoDay(accessed)}, from ${url}`
          : `${publisher}. (${datasetYear}). ${sentence(cited.title)} In ${container} (Version ${datasetVersion}) [Data set]. Retrieved ${chicagoDay(accessed)}, from ${url}`,
      ]),
      MLA: paragraphs([
        ...sources.map(sourceReference.MLA),
        `${publisher}.${isView ? '' : ` ${sentence(cited.title)}`} ${container}, version ${datasetVersion}, ${datasetYear}, ${url}. Accessed ${mlaDay(accessed)}.`,
      ]),
      Chicago: paragraphs([
        ...sources.map(sourceReference.Chicago),
        `${publisher}.${isView ? '' : ` ${sentence(cited.title)} In`} “${container}.” Dataset version ${datasetVersion}, ${datasetYear}. ${url} (accessed ${chicagoDay(accessed)}).`,
      ]),
      BibTeX: paragraphs(bibtex(cited)),
      RIS: { references: [ris], text: ris },
      'CSL-JSON': { references: [csl], text: `${csl}\n` },
    },
  }
}

/** The analyst's own sources alone: the dashboard's coding of them is theirs, not the dataset's. */
function citeYours(cited: Cited): Citations {
  const full = citeWithDataset(cited)
  // Every reference but the dashboard's, which comes last.
  const sourcesOnly = (citation: Citation) => paragraphs(citation.references.slice(0, -1))
  const csl = JSON.stringify(cslItems(cited).slice(0, -1), null, 2)
  const ris = risRecords(cited).slice(0, -1).join('\n')
  return {
    slug: full.slug,
    referenceNames: sourceNames(cited.context.sources, 'source'),
    notice: cited.statementId === null ? yoursViewCitationNote : yoursCitationNote,
    noticeKind: 'yours',
    styles: {
      APA: sourcesOnly(full.styles.APA),
      MLA: sourcesOnly(full.styles.MLA),
      Chicago: sourcesOnly(full.styles.Chicago),
      BibTeX: sourcesOnly(full.styles.BibTeX),
      RIS: { references: [ris], text: ris },
      'CSL-JSON': { references: [csl], text: `${csl}\n` },
    },
  }
}
