import { bibEscape } from './cite-bibtex'
import { chicagoDay, mlaDay } from './cite-dates'
import {
  isoDay,
  publisher,
  sentence,
  type Cited,
  type Citation,
  type Citations,
} from './cite-parts'
import { syntheticCitationNote, syntheticNotice } from './synthetic-notice'

/**
 * Synthetic test data, cited as what it is: one reference to the generated dataset, saying in
 * every style that it is synthetic and not real statements. No source is named, since none was.
 */
export function citeSynthetic({ context, title, url, statementId }: Cited): Citations {
  const { datasetVersion, datasetYear, accessed } = context
  const what = `${title} [${syntheticNotice}]`
  const key = statementId ? `synthetic-${statementId}` : `synthetic-${datasetVersion}`
  const single = (text: string): Citation => ({ references: [text], text })
  const ris = [
    ['TY', 'DATA'],
    ['AU', publisher],
    ['TI', what],
    ['N1', syntheticCitationNote],
    ['ET', `Version ${datasetVersion}`],
    ['PB', publisher],
    ['PY', datasetYear],
    ['UR', url],
    ['Y2', `${isoDay(accessed).replaceAll('-', '/')}/`],
  ]
    .map(([tag, value]) => `${tag}  - ${value}`)
    .concat('ER  - ')
    .join('\n')
  const csl = JSON.stringify(
    [
      {
        id: key,
        type: 'dataset',
        title: what,
        author: [{ literal: publisher }],
        publisher,
        version: datasetVersion,
        note: syntheticCitationNote,
        issued: { 'date-parts': [[Number(datasetYear)]] },
        URL: url,
      },
    ],
    null,
    2,
  )
  return {
    slug: statementId ? `synthetic_citation_${statementId}` : 'synthetic_citation',
    referenceNames: ['the synthetic dataset'],
    notice: syntheticCitationNote,
    styles: {
      APA: single(
        `${publisher}. (${datasetYear}). ${sentence(what)} (Version ${datasetVersion}) [Synthetic data set]. ${syntheticCitationNote} Retrieved ${chicagoDay(accessed)}, from ${url}`,
      ),
      MLA: single(
        `${publisher}. ${sentence(what)} Version ${datasetVersion}, ${datasetYear}, ${url}. ${syntheticCitationNote} Accessed ${mlaDay(accessed)}.`,
      ),
      Chicago: single(
        `${publisher}. “${what}.” Synthetic dataset version ${datasetVersion}, ${datasetYear}. ${syntheticCitationNote} ${url} (accessed ${chicagoDay(accessed)}).`,
      ),
      BibTeX: single(
        [
          `@misc{${key},`,
          `  author = {{${publisher}}},`,
          `  title = {${bibEscape(what)}},`,
          `  note = {${bibEscape(syntheticCitationNote)} Dataset version ${bibEscape(datasetVersion)}},`,
          `  year = {${datasetYear}},`,
          `  url = {${url}},`,
          `  urldate = {${isoDay(accessed)}}`,
          '}',
        ].join('\n'),
      ),
      RIS: single(ris),
      'CSL-JSON': { references: [csl], text: `${csl}\n` },
    },
  }
}
