import { useQuery } from '@tanstack/react-query'
import { DataTable } from '../../../components/data-table'
import { Term } from '../../../components/term'
import { QueryState } from '../../../components/query-state'
import type { Reliability, ReliabilityAnswer } from '../../../lib/codebook/reliability'
import { formatCount } from '../../../lib/format'
import { reliabilityQueryOptions } from '../api/reliability'
import { agreementWords, alphaWords, eventWords, rangeWords, unitWords } from '../reliability-words'
import { ReliabilityDisagreements } from './reliability-disagreements'

type Field = Reliability['fields'][number]

/** How far a second, blind coding agrees with the dataset, and how each disagreement was settled. */
export function ReliabilitySection() {
  const answer = useQuery(reliabilityQueryOptions())
  return (
    <section id="reliability" aria-labelledby="reliability-heading">
      <h3 id="reliability-heading">Agreement between two coders</h3>
      <QueryState
        query={answer}
        failed="The agreement could not be loaded."
        loading="Loading the agreement…"
      >
        {(data) => <ReliabilityReport answer={data} />}
      </QueryState>
    </section>
  )
}

export function ReliabilityReport({ answer }: { answer: ReliabilityAnswer }) {
  const { reliability } = answer
  if (!reliability) {
    return (
      <p>
        The second, blind coding is not available yet, so agreement between coders is not measured.
        {answer.problems.length > 0 && ` It did not read: ${answer.problems.join('; ')}.`}
      </p>
    )
  }
  const [, b] = reliability.coders
  const [datasetCodebook, blindCodebook] = reliability.codebookVersions
  const { resamples, confidence } = reliability.bootstrap
  const all = reliability.fields.filter((field) => field.scope === 'all')
  const placed = reliability.fields.filter((field) => field.scope === 'placed')
  const columns = [
    { key: 'field', label: 'What was coded', value: (f: Field) => f.label, rowHeader: true },
    { key: 'agreement', label: 'Both coders agree on', value: agreementWords },
    { key: 'alpha', label: 'Krippendorff’s alpha', value: alphaWords },
    {
      key: 'range',
      label: `Likely range of alpha, ${Math.round(confidence * 100).toString()} in 100`,
      value: (f: Field) => rangeWords(f, resamples),
    },
  ]
  return (
    <>
      <p>
        A second <Term id="coder">coder</Term>, coder {b}, coded the article blind, from the article
        and the written codebook alone, by codebook {blindCodebook}. The dataset is coded by
        codebook {datasetCodebook}, which writes down the rules this comparison and an earlier one
        found open. The two codings are compared act by act: one actor’s reported act is one unit,
        and the coders’ acts are matched by the words of the article they rest on.
      </p>
      <p>{unitWords(reliability)}</p>
      <p>{eventWords(reliability)}</p>
      <p>
        <Term id="agreement">Agreement</Term> is the share of acts on which both coders recorded the
        same thing. <Term id="alpha">Krippendorff’s alpha</Term> corrects it for the agreement
        chance alone would give: 1 is perfect agreement, 0 is no better than chance. The likely
        range comes from drawing the acts again at random, with repeats, {formatCount(resamples)}{' '}
        times and computing alpha on each draw; the range holds the middle{' '}
        {Math.round(confidence * 100).toString()} in 100 of those alphas. The draws are fixed in
        advance, so the same codings always give the same range. With this few acts the range is
        wide, and a range from 1.000 to 1.000 means only that no draw found a disagreement, not that
        coders cannot disagree.
      </p>
      <div
        className="method-table-scroll"
        role="region"
        aria-label="Agreement for every act"
        tabIndex={0}
      >
        <DataTable
          className="data-table"
          caption={`Agreement between the dataset and coder ${b}, for every act either coder found`}
          rows={all}
          rowKey={(field) => field.id}
          columns={columns}
        />
      </div>
      <p>
        Many acts carry no stance: the parties’ acts are never placed on the stance scale, and some
        acts of other actors take none. Two coders who both leave the stance out agree easily, so
        the stance is measured again over the acts where at least one coder placed the actor. There
        alpha treats the scale as ordered, so that a near miss counts less than a far one, and an
        act one coder placed and the other did not counts as far apart as the two ends of the scale.
      </p>
      <div
        className="method-table-scroll"
        role="region"
        aria-label="Agreement where either coder placed the actor"
        tabIndex={0}
      >
        <DataTable
          className="data-table"
          caption={`Agreement between the dataset and coder ${b}, where either coder placed the actor`}
          rows={placed}
          rowKey={(field) => field.id}
          columns={columns}
        />
      </div>
      <ReliabilityDisagreements reliability={reliability} />
    </>
  )
}
