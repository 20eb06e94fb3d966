import { useQuery } from '@tanstack/react-query'
import { metaQueryOptions } from '../../../lib/api/codebook'

export function DatasetFooter() {
  const meta = useQuery(metaQueryOptions())
  return (
    <footer className="site-footer">
      <p>
        Source: “Azerbaijan says cease-fire achieved with separatists in Karabakh”, Daily Sabah via
        Azerbaijan in Focus, 20 September 2023. Every quotation is the article’s own words.
      </p>
      <p>
        {meta.data
          ? `Data as of ${meta.data.updatedAt} · dataset ${meta.data.version} · codebook ${meta.data.codebookVersion}`
          : meta.isError
            ? 'The dataset version could not be loaded.'
            : 'Loading the dataset version…'}
      </p>
    </footer>
  )
}
