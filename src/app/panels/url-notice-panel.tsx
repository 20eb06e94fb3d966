import { UrlNotice } from '../../features/filters/components/url-notice'
import { useView } from '../view-context'

export function UrlNoticePanel() {
  const { notice, dismissNotice } = useView()
  return <UrlNotice summary={notice} onDismiss={dismissNotice} />
}
