import { useQueries, useQuery } from '@tanstack/react-query'
import { actorsQueryOptions } from '../../../lib/api/actors'
import { codebookQueryOptions } from '../../../lib/api/codebook'
import { metaQueryOptions } from '../../../lib/api/meta'
import { stancesQueryOptions } from '../../../lib/api/stances'
import { statementsQueryOptions } from '../../../lib/api/statements'
import {
  stanceMoves,
  statementChanges,
  type StatementChange,
} from '../../../lib/codebook/changelog'

/** What changed from the previous dataset version to the latest, computed from both as served. */
export function ChangesSection() {
  const meta = useQuery(metaQueryOptions())
  const versions = meta.data?.versions ?? []
  const before = versions.at(-2)?.version ?? null
  const after = versions.at(-1)?.version ?? null
  const enabled = before !== null && after !== null
  const results = useQueries({
    queries: [
      { ...statementsQueryOptions({}, before), enabled },
      { ...statementsQueryOptions({}, after), enabled },
      { ...stancesQueryOptions(before), enabled },
      { ...stancesQueryOptions(after), enabled },
      { ...codebookQueryOptions(before), enabled },
      { ...codebookQueryOptions(after), enabled },
      actorsQueryOptions(),
    ],
  })
  const [oldStatements, newStatements, oldStances, newStances, oldCodebook, newCodebook, actors] =
    results
  const ready =
    oldStatements.data &&
    newStatements.data &&
    oldStances.data &&
    newStances.data &&
    oldCodebook.data &&
    newCodebook.data &&
    actors.data
  const nameOf = (id: string) => actors.data?.find((actor) => actor.id === id)?.name ?? id
  return (
    <section id="changes" aria-labelledby="changes-heading" tabIndex={-1}>
      <h3 id="changes-heading">What changed between dataset versions</h3>
      {meta.data && !enabled ? (
        <p>Only one dataset version is published.</p>
      ) : results.some((result) => result.isError) || meta.isError ? (
        <p role="alert">The versions could not be loaded to compare them.</p>
      ) : !ready ? (
        <p role="status">Comparing the versions…</p>
      ) : (
        (() => {
          const changes = statementChanges(oldStatements.data, newStatements.data)
          const moves = stanceMoves(oldStances.data, newStances.data, changes)
          return (
            <>
              <p>
                From dataset {before} (codebook {oldCodebook.data.version}) to dataset {after}{' '}
                (codebook {newCodebook.data.version}), computed from the two versions as served.
              </p>
              <h4>The rule</h4>
              <p>Before: {oldCodebook.data.derivationRule}</p>
              <p>Now: {newCodebook.data.derivationRule}</p>
              <h4>Actors’ stances</h4>
              <ul aria-label="Actors’ stances that changed">
                {moves.map((move) => (
                  <li key={move.actorId}>
                    <strong>{nameOf(move.actorId)}</strong>:{' '}
                    {move.moved ? 'moved' : 'same stance, derived differently'}. Before: {move.from}
                    . Now: {move.to}.
                    {move.because.length > 0 &&
                      ` Statements that changed: ${move.because.join(', ')}.`}
                  </li>
                ))}
              </ul>
              <h4>Statements</h4>
              <ul aria-label="Statements that changed">
                {changes.map((change) => (
                  <li key={`${change.kind}:${change.id}`}>{describeChange(change, nameOf)}</li>
                ))}
              </ul>
            </>
          )
        })()
      )}
    </section>
  )
}

function describeChange(change: StatementChange, nameOf: (id: string) => string): string {
  const who = nameOf(change.actorId)
  switch (change.kind) {
    case 'added':
      return `Added: ${change.id} (${who}), resting on “${change.passage}”`
    case 'removed':
      return `Removed: ${change.id} (${who})`
    case 'merged':
      return `Merged: ${change.id} (${who}) is now part of ${change.into}`
    case 'reassigned':
      return `Reassigned: ${change.id} (${who}) is now coded as ${change.into}, the act of the actor whose words it reports`
    case 'recoded':
      return `Recoded: ${change.id} (${who}): ${change.fields.map((field) => `${field.field} ${field.from} → ${field.to}`).join('; ')}`
  }
}
