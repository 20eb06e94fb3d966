import { useQuery } from '@tanstack/react-query'
import { QueryState } from '../../../components/query-state'
import type { ReliabilityAnswer } from '../../../lib/codebook/reliability'
import { reliabilityQueryOptions } from '../api/reliability'
import { DataTable } from '../../../components/data-table'
import { Term } from '../../../components/term'
import { AlphaCaveat } from './alpha-caveat'

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`
const alpha = (value: number | null) => (value === null ? '—' : value.toFixed(3))

/** How far a second, blind coding agrees with the dataset, and how each disagreement was settled. */
export function ReliabilitySection({ say }: { say?: (text: string) => string }) {
  const answer = useQuery(reliabilityQueryOptions())
  return (
    <section id="reliability" aria-labelledby="reliability-heading">
      <h3 id="reliability-heading">Agreement between two coders</h3>
      <QueryState
        query={answer}
        failed="The agreement could not be loaded."
        loading="Loading the agreement…"
      >
        {(data) => <ReliabilityReport answer={data} say={say} />}
      </QueryState>
    </section>
  )
}

/** A unit is named by its actor and passage: only the actor's id is named in words, the article's
 * words are left as they are. */
const unitIn = (unit: string, say: (text: string) => string) => {
  const colon = unit.indexOf(': ')
  return colon === -1 ? unit : `${say(unit.slice(0, colon))}${unit.slice(colon)}`
}

export function ReliabilityReport({
  answer,
  say = (text) => text,
}: {
  answer: ReliabilityAnswer
  /** The codebook's codes named in words (a dimension, a channel, an actor). */
  say?: (text: string) => string
}) {
  const { reliability } = answer
  if (!reliability) {
    return (
      <p>
        The second, blind coding is not available yet, so agreement between coders is not measured.
        {answer.problems.length > 0 && ` It did not read: ${answer.problems.join('; ')}.`}
      </p>
    )
  }
  const [a, b] = reliability.coders
  return (
    <>
      <p>
        <Term id="coder">Coder</Term> {b} coded the article blind, from the article and codebook{' '}
        {reliability.codebookVersion} alone. Units are paired by the words they rest on:{' '}
        {reliability.matched} of {reliability.units} units were found by both coders.{' '}
        <Term id="agreement">Agreement</Term> is the share of those units on which the two agree;{' '}
        <Term id="alpha">Krippendorff’s α</Term> is computed where a field is on a scale (nominal,
        or ordinal for the stance scale); 1 is perfect agreement, 0 what chance would give.
      </p>
      <DataTable
        className="data-table"
        caption={`Agreement between coder ${a} (the dataset) and coder ${b}, per field`}
        rows={reliability.fields}
        rowKey={(field) => field.id}
        columns={[
          { key: 'field', label: 'Field', value: (field) => say(field.label), rowHeader: true },
          { key: 'agreement', label: 'Agreement', value: (field) => percent(field.agreement) },
          {
            key: 'alpha',
            label: 'Krippendorff’s α',
            value: (field) => `${alpha(field.alpha)}${field.level ? ` (${field.level})` : ''}`,
          },
        ]}
      />
      <AlphaCaveat
        units={reliability.matched}
        perfect={reliability.fields.some((field) => field.alpha === 1)}
      />
      <h4>Every disagreement, and how it was resolved</h4>
      {reliability.disagreements.length === 0 ? (
        <p>The two codings agree on every field of every unit.</p>
      ) : (
        <ul className="method-disagreements">
          {reliability.disagreements.map((item) => (
            <li key={item.key}>
              <p>
                <strong>{say(item.field)}</strong> — {unitIn(item.unit, say)}
              </p>
              <p>
                Coder {a}: {say(item.a)}. Coder {b}: {say(item.b)}.
              </p>
              <p>Resolution: {item.resolution ?? 'not resolved yet.'}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
