import { useQuery } from '@tanstack/react-query'
import { metaQueryOptions } from '../../../lib/api/codebook'
import { sourcesQueryOptions } from '../../../lib/api/events'
import { formatDay } from '../../../lib/format'

export function DatasetFooter() {
  const meta = useQuery(metaQueryOptions())
  const sources = useQuery(sourcesQueryOptions())
  return (
    <footer className="site-footer">
      {sources.data?.map((source) => (
        <p key={source.id}>
          Source: “{source.title}”, {source.outlet}
          {source.via ? ` via ${source.via}` : ''}, {formatDay(source.published)}. Every quotation
          on this page is the article’s own words; everything else is marked as paraphrase.
        </p>
      ))}
      <p>
        {meta.data
          ? `Data as of ${meta.data.updatedAt} · dataset ${meta.data.version} · codebook ${meta.data.codebookVersion}`
          : meta.isError || sources.isError
            ? 'The dataset details could not be loaded.'
            : 'Loading the dataset details…'}
      </p>
    </footer>
  )
}
