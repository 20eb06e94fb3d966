import { lazy, Suspense, useMemo, useRef, useState } from 'react'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'
import { ActorCard } from './actor-card'

// The dialog and its focus-trapping code load when a reader first opens a source.
const SourceDialog = lazy(() =>
  import('./source-dialog').then((module) => ({ default: module.SourceDialog })),
)

type Result = { actor: Actor; summary: StanceSummary; statements: readonly Statement[] }

type Props = {
  data: { actors: readonly Actor[]; statements: readonly Statement[] }
  results: readonly Result[]
  labels: CodebookLabels
  filtered: boolean
  onClearFilters: () => void
}

export function ResultsPanel({ data, results, labels, filtered, onClearFilters }: Props) {
  const [viewing, setViewing] = useState<Statement | null>(null)
  const [dialogWanted, setDialogWanted] = useState(false)
  // Kept apart from `viewing`, which is cleared before the dialog hands the focus back.
  const opener = useRef<HTMLElement | null>(null)
  const viewSource = (statement: Statement) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDialogWanted(true)
    setViewing(statement)
  }
  const actorName = useMemo(() => {
    const names = new Map(data.actors.map((actor) => [actor.id, actor.name]))
    return (id: string) => names.get(id) ?? id
  }, [data.actors])
  const statementCount = results.reduce((total, result) => total + result.statements.length, 0)
  const reacting = results.filter((result) => !result.actor.isParty)
  const parties = results.filter((result) => result.actor.isParty)
  const card = (result: Result) => (
    <li key={result.actor.id}>
      <ActorCard
        actor={result.actor}
        summary={result.summary}
        matching={result.statements}
        all={data.statements.filter((statement) => statement.actorId === result.actor.id)}
        labels={labels}
        actorName={actorName}
        onViewSource={viewSource}
      />
    </li>
  )
  return (
    <>
      <p className="result-count" role="status" aria-live="polite">
        {filtered
          ? `Showing ${results.length} of ${data.actors.length} actors · ${statementCount} matching ${statementCount === 1 ? 'statement' : 'statements'}`
          : `All ${data.actors.length} actors · ${data.statements.length} statements`}
      </p>
      {results.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">No actor matches these filters.</p>
          <p>Try removing a filter, or clear them all to see every actor.</p>
          <button type="button" onClick={onClearFilters}>
            Clear all filters
          </button>
        </div>
      )}
      {reacting.length > 0 && (
        <section aria-labelledby="reacting-heading">
          <h3 id="reacting-heading" className="section-heading">
            Reacting actors
          </h3>
          <ul className="actor-grid">{reacting.map(card)}</ul>
        </section>
      )}
      {parties.length > 0 && (
        <section aria-labelledby="parties-heading">
          <h3 id="parties-heading" className="section-heading">
            Parties to the conflict
          </h3>
          <p className="section-note">
            Shown for context; the codebook does not place them on the stance scale.
          </p>
          <ul className="actor-grid">{parties.map(card)}</ul>
        </section>
      )}
      {dialogWanted && (
        <Suspense fallback={null}>
          <SourceDialog
            statement={viewing}
            actorName={viewing ? actorName(viewing.actorId) : ''}
            onClose={() => setViewing(null)}
            returnFocus={() => opener.current?.focus()}
          />
        </Suspense>
      )}
    </>
  )
}
