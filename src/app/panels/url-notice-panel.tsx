import { lazy, Suspense } from 'react'
import { useView } from '../view-context'

// Most links are clean: the notice's code loads only for one that had to be mended.
const UrlNotice = lazy(() =>
  import('../../features/filters/components/url-notice').then((module) => ({
    default: module.UrlNotice,
  })),
)

export function UrlNoticePanel() {
  const { notice, dismissNotice } = useView()
  if (!notice || notice.total === 0) return null
  return (
    <Suspense fallback={null}>
      <UrlNotice summary={notice} onDismiss={dismissNotice} />
    </Suspense>
  )
}
