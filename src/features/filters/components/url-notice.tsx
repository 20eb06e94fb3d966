/** Says which parts of a link could not be read; the rest of the view is shown as asked. */
export function UrlNotice({
  notices,
  onDismiss,
}: {
  notices: readonly string[]
  onDismiss: () => void
}) {
  if (notices.length === 0) return null
  return (
    <div className="url-notice" role="status">
      <div>
        <p className="url-notice-title">Part of this link could not be read, so it was left out:</p>
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
