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
import { wordChanges, type WordChange } from '../../../lib/codebook/word-changes'

/** What changed at each step between published dataset versions, newest first, computed as served. */
export function ChangesSection({ fill }: { fill: (text: string) => string }) {
  const meta = useQuery(metaQueryOptions())
  const versions = (meta.data?.versions ?? []).map((version) => version.version)
  const steps = versions
    .slice(1)
    .map((after, at) => ({ before: versions[at] ?? '', after }))
    .reverse()
  return (
    <section id="changes" aria-labelledby="changes-heading" tabIndex={-1}>
      <h3 id="changes-heading">What changed between dataset versions</h3>
      {meta.isError ? (
        <p role="alert">The versions could not be loaded to compare them.</p>
      ) : !meta.data ? (
        <p role="status">Comparing the versions…</p>
      ) : steps.length === 0 ? (
        <p>Only one dataset version is published.</p>
      ) : (
        steps.map((step) => <VersionStep key={step.after} {...step} fill={fill} />)
      )}
    </section>
  )
}

/** One step from a dataset version to the next: the codebook's words, the rule, stances, statements. */
function VersionStep({
  before,
  after,
  fill,
}: {
  before: string
  after: string
  fill: (text: string) => string
}) {
  const results = useQueries({
    queries: [
      statementsQueryOptions({}, before),
      statementsQueryOptions({}, after),
      stancesQueryOptions(before),
      stancesQueryOptions(after),
      codebookQueryOptions(before),
      codebookQueryOptions(after),
      actorsQueryOptions(),
    ],
  })
  const [oldStatements, newStatements, oldStances, newStances, oldCodebook, newCodebook, actors] =
    results
  const nameOf = (id: string) => actors.data?.find((actor) => actor.id === id)?.name ?? id
  const step = `from ${before} to ${after}`
  const heading = (
    <h4>
      From dataset {before} to dataset {after}
    </h4>
  )
  if (results.some((result) => result.isError))
    return (
      <>
        {heading}
        <p role="alert">The versions could not be loaded to compare them.</p>
      </>
    )
  if (
    !oldStatements.data ||
    !newStatements.data ||
    !oldStances.data ||
    !newStances.data ||
    !oldCodebook.data ||
    !newCodebook.data ||
    !actors.data
  )
    return (
      <>
        {heading}
        <p role="status">Comparing the versions…</p>
      </>
    )
  const changes = statementChanges(oldStatements.data, newStatements.data)
  const moves = stanceMoves(oldStances.data, newStances.data, changes)
  const words = wordChanges(oldCodebook.data, newCodebook.data)
  return (
    <>
      {heading}
      <p>
        From codebook {oldCodebook.data.version} to codebook {newCodebook.data.version}, computed
        from the two versions as served.
      </p>
      <h5>The codebook’s words</h5>
      {words.length === 0 ? (
        <p>The scale and the dimensions read as before.</p>
      ) : (
        <ul aria-label={`The codebook’s words that changed ${step}`}>
          {words.map((change) => (
            <li key={`${change.what}:${change.now}`}>{describeWords(change, fill)}</li>
          ))}
        </ul>
      )}
      <h5>The rule</h5>
      {oldCodebook.data.derivationRule === newCodebook.data.derivationRule ? (
        <p>Unchanged.</p>
      ) : (
        <>
          <p>Before: {oldCodebook.data.derivationRule}</p>
          <p>Now: {fill(newCodebook.data.derivationRule)}</p>
        </>
      )}
      <h5>Actors’ stances</h5>
      {moves.length === 0 ? (
        <p>No actor’s stance moved, nor how it is derived.</p>
      ) : (
        <ul aria-label={`Actors’ stances that changed ${step}`}>
          {moves.map((move) => (
            <li key={move.actorId}>
              <strong>{nameOf(move.actorId)}</strong>:{' '}
              {move.moved ? 'moved' : 'same stance, derived differently'}. Before: {move.from}. Now:{' '}
              {move.to}.
              {move.because.length > 0 && ` Statements that changed: ${move.because.join(', ')}.`}
            </li>
          ))}
        </ul>
      )}
      <h5>Statements</h5>
      {changes.length === 0 ? (
        <p>No statement was added, dropped or recoded.</p>
      ) : (
        <ul aria-label={`Statements that changed ${step}`}>
          {changes.map((change) => (
            <li key={`${change.kind}:${change.id}`}>{describeChange(change, nameOf)}</li>
          ))}
        </ul>
      )}
    </>
  )
}

/** “Rank 3, label: before “…”; now “…”, which here reads “…”” — with no full stop doubled. */
function describeWords(change: WordChange, fill: (text: string) => string): string {
  const here = fill(change.now)
  const now = `now “${change.now}”${here !== change.now ? `, which here reads “${here}”` : ''}`
  return change.before === 'none'
    ? `${change.what}: “${change.now}”`
    : change.now === 'none'
      ? `${change.what}: “${change.before}”`
      : `${change.what}: before “${change.before}”; ${now}`
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
