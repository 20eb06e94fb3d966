import { useQueries, useQuery } from '@tanstack/react-query'
import { TermText } from '../../../components/term-text'
import { codebookQueryOptions } from '../../../lib/api/codebook'
import { metaQueryOptions } from '../../../lib/api/meta'
import { stancesQueryOptions } from '../../../lib/api/stances'
import { statementsQueryOptions } from '../../../lib/api/statements'
import { stanceMoves, statementChanges } from '../../../lib/codebook/changelog'
import { describeStatementChange, type ChangeWords } from '../../../lib/codebook/changelog-words'
import { describeStanceMove } from '../../../lib/codebook/stance-move-words'
import { describeWordChange, wordChanges } from '../../../lib/codebook/word-changes'

type Words = ChangeWords & {
  /** A codebook text in the event's words, with its codes named: what the page shows of it. */
  say: (text: string) => string
}

/** What changed at each step between published dataset versions, newest first, computed as served. */
export function ChangesSection({ words }: { words: Words }) {
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
        steps.map((step) => <VersionStep key={step.after} {...step} words={words} />)
      )}
    </section>
  )
}

/** A list of sentences, each with the glossary's words linked. */
function Sentences({ label, items }: { label: string; items: readonly string[] }) {
  return (
    <ul aria-label={label}>
      {items.map((item) => (
        <li key={item}>
          <TermText text={item} />
        </li>
      ))}
    </ul>
  )
}

/** One step from a dataset version to the next: the codebook's words, the rule, stances, statements. */
function VersionStep({ before, after, words }: { before: string; after: string; words: Words }) {
  const results = useQueries({
    queries: [
      statementsQueryOptions({}, before),
      statementsQueryOptions({}, after),
      stancesQueryOptions(before),
      stancesQueryOptions(after),
      codebookQueryOptions(before),
      codebookQueryOptions(after),
    ],
  })
  const [oldStatements, newStatements, oldStances, newStances, oldCodebook, newCodebook] = results
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
    !newCodebook.data
  )
    return (
      <>
        {heading}
        <p role="status">Comparing the versions…</p>
      </>
    )
  const changes = statementChanges(oldStatements.data, newStatements.data)
  const moves = stanceMoves(oldStances.data, newStances.data, changes)
  const codebookWords = wordChanges(oldCodebook.data, newCodebook.data).map((change) =>
    describeWordChange(change, words.labels.fill, words.say),
  )
  return (
    <>
      {heading}
      <p>
        From codebook {oldCodebook.data.version} to codebook {newCodebook.data.version}, computed
        from the two versions as served.
      </p>
      <h5>The codebook’s words</h5>
      {codebookWords.length === 0 ? (
        <p>The scale and the dimensions read as before.</p>
      ) : (
        <Sentences label={`The codebook’s words that changed ${step}`} items={codebookWords} />
      )}
      <h5>The rule</h5>
      {oldCodebook.data.derivationRule === newCodebook.data.derivationRule ? (
        <p>Unchanged.</p>
      ) : (
        <>
          <p>Before: {words.say(oldCodebook.data.derivationRule)}</p>
          <p>Now: {words.say(newCodebook.data.derivationRule)}</p>
        </>
      )}
      <h5>Actors’ stances</h5>
      {moves.length === 0 ? (
        <p>No actor’s stance moved, nor how it is derived.</p>
      ) : (
        <Sentences
          label={`Actors’ stances that changed ${step}`}
          items={moves.map((move) => describeStanceMove(move, words))}
        />
      )}
      <h5>Statements</h5>
      {changes.length === 0 ? (
        <p>No statement was added, dropped or recoded.</p>
      ) : (
        <Sentences
          label={`Statements that changed ${step}`}
          items={changes.map((change) => describeStatementChange(change, words))}
        />
      )}
    </>
  )
}
