import { SyntheticBanner } from '../components/synthetic-banner'
import { useSyntheticProgress } from '../lib/engine/synthetic-progress'

/**
 * The synthetic label on every view of the synthetic corpus (dashboard, method, embeds), with
 * what the engine's worker is doing while it makes the corpus, or why it failed and a retry.
 */
export function SyntheticStatus({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const progress = useSyntheticProgress((state) => state.words)
  return (
    <SyntheticBanner>
      {progress && (
        <p className="synthetic-progress" role="status">
          {progress}
        </p>
      )}
      {error !== null && (
        <div className="panel-error" role="alert">
          <p className="panel-error-title">The synthetic data could not be made.</p>
          <p>{error instanceof Error ? error.message : 'The filtering engine stopped.'}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </SyntheticBanner>
  )
}
