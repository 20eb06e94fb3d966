/**
 * Shown instead of the full dashboard inside another site's frame: only `?embed=` views are made
 * to be framed, and a framed full view could be overlaid to trick clicks. A static host cannot
 * refuse the frame by header for one query and allow it for another, so the page refuses itself.
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
