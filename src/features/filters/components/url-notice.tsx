import { useId } from 'react'
import type { UrlNoticeSummary } from '../../../lib/url-state/notice'
import { formatCount } from '../../../lib/format'

const values = (count: number) => `${formatCount(count)} value${count === 1 ? '' : 's'}`

/**
 * Says, in counts, which parts of a link could not be used; the rest of the view is shown as
 * asked. Text from the link is only ever shown short and marked as code, never as the site's words.
 */
export function UrlNotice({
  summary,
  onDismiss,
}: {
  summary: UrlNoticeSummary | null
  onDismiss: () => void
}) {
  const titleId = useId()
  if (!summary || summary.total === 0) return null
  const more = summary.total - summary.quoted.length
  return (
    <div className="url-notice" role="status" aria-labelledby={titleId}>
      <div>
        <p className="url-notice-title" id={titleId}>
          This link had {values(summary.total)} that could not be used, and{' '}
          {summary.total === 1 ? 'it was' : 'they were'} left out:{' '}
          {summary.parameters.map((item, index) => (
            <span key={item.parameter}>
              {index > 0 && ', '}
              <code>{item.parameter}</code> ({values(item.count)})
            </span>
          ))}
          .
        </p>
        <ul aria-label="Values from the link">
          {summary.quoted.map((item, index) => (
            <li key={index}>
              <code>{item.parameter}</code> = <code>{item.value}</code>: {item.reason}
            </li>
          ))}
        </ul>
        {more > 0 && <p>and {values(more)} more.</p>}
      </div>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
