import { useQueries } from '@tanstack/react-query'
import { PanelError, PanelSkeleton } from '../../../components/panel-state'
import { StanceBadge } from '../../../components/stance-badge'
import { actorsQueryOptions } from '../../../lib/api/actors'
import { codebookQueryOptions } from '../../../lib/api/codebook'
import { stancesQueryOptions } from '../../../lib/api/stances'
import { joinActorStances, type ActorWithStance } from '../join-actor-stances'

const kindLabels = {
  state: 'State',
  'international-organisation': 'International organisation',
  party: 'Party to the conflict',
} as const

export function ActorStanceList() {
  const results = useQueries({
    queries: [actorsQueryOptions(), stancesQueryOptions(), codebookQueryOptions()],
  })
  const [actors, stances, codebook] = results
  const failed = results.find((result) => result.isError)
  if (failed) {
    return (
      <PanelError
        title="The actors could not be loaded."
        error={failed.error}
        onRetry={() => results.forEach((result) => result.isError && void result.refetch())}
      />
    )
  }
  if (!actors.data || !stances.data || !codebook.data) {
    return <PanelSkeleton rows={8} label="Loading the actors and their stances" />
  }
  const rows = joinActorStances(actors.data, stances.data, codebook.data)
  return (
    <>
      <section aria-labelledby="reacting-heading">
        <h2 id="reacting-heading">Reacting actors</h2>
        <ul className="actor-grid">
          {rows.reacting.map((row) => (
            <ActorStanceCard key={row.actor.id} row={row} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">Parties to the conflict</h2>
        <p className="section-note">
          Shown for context; the codebook does not place them on the stance scale.
        </p>
        <ul className="actor-grid">
          {rows.parties.map((row) => (
            <ActorStanceCard key={row.actor.id} row={row} />
          ))}
        </ul>
      </section>
    </>
  )
}

function ActorStanceCard({ row }: { row: ActorWithStance }) {
  const { actor, summary, stanceLabel } = row
  const headingId = `actor-${actor.id}`
  return (
    <li>
      <article className="actor-card" aria-labelledby={headingId} data-party={actor.isParty}>
        <h3 id={headingId}>{actor.name}</h3>
        <p className="actor-kind">{kindLabels[actor.kind]}</p>
        <StanceBadge stance={summary.stance} label={stanceLabel} />
        <p className="actor-explanation">{summary.explanation}</p>
        <p className="actor-count">
          {summary.statementIds.length === 1
            ? '1 statement in the source'
            : `${summary.statementIds.length} statements in the source`}
        </p>
      </article>
    </li>
  )
}
