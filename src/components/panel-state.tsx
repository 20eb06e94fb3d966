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

export function PanelError({
  title,
  error,
  onRetry,
}: {
  title: string
  error: unknown
  onRetry: () => void
}) {
  const message =
    error instanceof ApiError ? error.message : 'Something went wrong while showing this panel.'
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error-title">{title}</p>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
