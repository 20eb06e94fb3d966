import { syntheticNotice } from '../lib/synthetic-notice'
import { useView } from './view-context'

/**
 * What the page can promise about the words in view: the analyst's own sources' (the workspace),
 * generated ones (the synthetic corpus), or the article's, with the analyst's sources' beside
 * them where a statement is marked Yours.
 */
export function SiteFooter() {
  const { dataset, view, queries } = useView()
  const whose =
    view.view === 'workspace'
      ? 'your source’s'
      : dataset === 'synthetic'
        ? null
        : queries.statements.data?.some((statement) => statement.yours)
          ? 'its source’s'
          : 'the article’s'
  return (
    <footer className="site-footer" aria-label="About the data">
      <p>
        {whose
          ? `Every quotation is ${whose} own words, character for character; everything else is marked as ${whose} paraphrase`
          : syntheticNotice}
        . Stances are derived from the statements by a written codebook.
      </p>
    </footer>
  )
}
