import { ApiError } from '../lib/api/api-error'

export function PanelSkeleton({
  rows,
  label,
  variant = 'cards',
}: {
  rows: number
  label: string
  variant?: 'cards' | 'filters'
}) {
  return (
    <div className={`skeleton-list skeleton-${variant}`} role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton-card" />
      ))}
    </div>
  )
}

/**
 * A panel's failure in words, with a retry. Several panels can fail from one request: only one of
 * them should `announce` it, or a screen reader hears the same alert several times.
 */
export function PanelError({
  title,
  error,
  onRetry,
  announce = true,
}: {
  title: string
  error: unknown
  onRetry: () => void
  announce?: boolean
}) {
  const message =
    error instanceof ApiError ? error.message : 'Something went wrong while showing this panel.'
  return (
    <div className="panel-error" role={announce ? 'alert' : undefined}>
      <p className="panel-error-title">{title}</p>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
