/**
 * Shown instead of the app inside another site's frame at any address that is not an embed view
 * (src/lib/url-state/embed-address.ts): only embeds are made to be framed, and a framed full view
 * (the workspace with its "Clear the workspace") could be overlaid to trick clicks. A static host
 * cannot refuse the frame by header for one query and allow it for another, so the page refuses
 * itself: nothing but this link is mounted, and the data service does not start.
 */
export function FramedNotice({ href }: { href: string }) {
  return (
    <main id="main" className="framed-notice">
      <p>
        The diplomatic reactions tracker opens in its own window.{' '}
        <a href={href} target="_blank" rel="noopener noreferrer">
          Open the tracker
        </a>
      </p>
    </main>
  )
}
