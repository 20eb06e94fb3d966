import { datasetItem } from './cite-csl'
import type { Cited, CslItem } from './cite-parts'
import { syntheticCitationNote, syntheticNotice } from './synthetic-notice'

/**
 * Synthetic test data, cited as what it is: the generated dataset alone, its title, genre and
 * note saying that it is synthetic and not real statements, in every style and file. No source is
 * named, since none was, nor the generated event a statement belongs to.
 */
export function syntheticItem(cited: Cited): CslItem {
  const { 'container-title': _event, ...dataset } = datasetItem(cited)
  const { statementId, context } = cited
  return {
    ...dataset,
    id: statementId ? `synthetic-${statementId}` : `synthetic-${context.datasetVersion}`,
    title: `${cited.title} [${syntheticNotice}]`,
    genre: 'Synthetic dataset',
    note: syntheticCitationNote,
  }
}
