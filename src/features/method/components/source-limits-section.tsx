import { useQueries } from '@tanstack/react-query'
import { actorsQueryOptions } from '../../../lib/api/actors'
import { statementsQueryOptions } from '../../../lib/api/statements'
import { formatDay } from '../../../lib/format'
import type { SourceSummary } from '../../../lib/schemas/source'
import { listed, sourceLimits, type SourceLimits } from '../source-limits'
import { QueryState } from '../../../components/query-state'

const outletOf = (source: SourceSummary) =>
  `${source.outlet}${source.via ? `, via ${source.via}` : ''}`

/**
 * The source's limits in plain words: how many sources and outlets the published record has,
 * what it records of them, and how far the reporter's verbs decide the stances.
 */
export function SourceLimitsSection({ sources }: { sources: readonly SourceSummary[] }) {
  const [actors, statements] = useQueries({
    queries: [actorsQueryOptions(), statementsQueryOptions()],
  })
  return (
    <section id="source-limits" aria-labelledby="source-limits-heading">
      <h3 id="source-limits-heading">What one source can and cannot tell</h3>
      <QueryState query={actors} failed="The actors could not be loaded." loading="Loading…">
        {(actorList) => (
          <QueryState
            query={statements}
            failed="The statements could not be loaded."
            loading="Loading the statements…"
          >
            {(statementList) => (
              <SourceLimitsText limits={sourceLimits(sources, actorList, statementList)} />
            )}
          </QueryState>
        )}
      </QueryState>
    </section>
  )
}

export function SourceLimitsText({ limits }: { limits: SourceLimits }) {
  const [only] = limits.sources
  const { placed, byVerb, verbOnly } = limits
  return (
    <>
      {limits.sources.length === 1 && only ? (
        <p>
          Every published statement comes from one article of one outlet: “{only.title}”,{' '}
          {outletOf(only)}, {formatDay(only.published)}. The dataset records the outlet’s name and
          nothing else about it, and no second account checks what it reports: whom it chose to
          report, whom it quoted, and the verbs with which it summed up what others said are the
          whole record here.
        </p>
      ) : (
        <p>
          The published statements come from {limits.sources.length} sources in {limits.outlets}{' '}
          outlets: {limits.sources.map(outletOf).join('; ')}. Beyond their names, the dataset
          records nothing about the outlets.
        </p>
      )}
      {byVerb.length > 0 && (
        <>
          <p>
            The reporter’s verbs carry much of the weight. For {byVerb.length} of the {placed}{' '}
            actors placed on the scale ({listed(byVerb)}), the article’s own verb states their
            evaluation, and the codebook takes such an explicit stance as decisive.
            {verbOnly.length > 0 &&
              ` For ${verbOnly.length} of them (${listed(verbOnly)}) the verb is all there is: the article quotes none of their words, so their stance rests on one reporter’s summary of what they said.`}
          </p>
          <ul className="verb-passages">
            {limits.passages.map((passage) => (
              <li key={passage.text}>
                <blockquote>
                  <p>{passage.text}</p>
                </blockquote>
                <p>The verb here decides the stance of {listed(passage.actors)}.</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        A second source can be weighed beside it. An analyst who adds one in the workspace and files
        it under the event sees, on the card of each actor both sources report and in the
        comparison, the two accounts side by side, where they differ, and the stance derived from
        both by the rule under “From statements to an actor’s stance” above.
      </p>
    </>
  )
}
