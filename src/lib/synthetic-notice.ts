import type { DatasetMeta } from './schemas/event'

/** Said wherever synthetic data is shown, exported, cited or embedded. */
export const syntheticNotice = 'Synthetic data for testing at scale — not real statements'

/** What a citation of synthetic data says instead of naming a source. */
export const syntheticCitationNote =
  'Synthetic test data generated for testing at scale: not real statements, and not a citation of any real source.'

/** The synthetic corpus's meta says so of itself; the article's never does. */
export const isSyntheticMeta = (meta: DatasetMeta): boolean =>
  'synthetic' in meta && meta.synthetic === true
