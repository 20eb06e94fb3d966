import { lazy, Suspense } from 'react'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'
import { maxCompared } from '../../../lib/url-state/view-state'

// The table loads once two actors are chosen; most visits only see the picker.
const CompareTable = lazy(() =>
  import('./compare-table').then((module) => ({ default: module.CompareTable })),
)

type Props = {
  compare: readonly string[]
  actors: readonly Actor[]
  stances: readonly StanceSummary[]
  statements: readonly Statement[]
  labels: CodebookLabels
  /** Null in an embed, which shows the comparison as chosen, without the picker. */
  onChange: ((compare: string[]) => void) | null
}

/** The picker, then two to four actors in aligned columns. */
export function ComparePanel({ compare, actors, stances, statements, labels, onChange }: Props) {
  const full = compare.length >= maxCompared
  const chosen = actors.filter((actor) => compare.includes(actor.id))
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare positions</h2>
      {onChange && (
        <fieldset className="compare-picker">
          <legend>
            Choose two to four actors{full ? ' (four chosen: remove one to add another)' : ''}
          </legend>
          {actors.map((actor) => {
            const picked = compare.includes(actor.id)
            return (
              <label key={actor.id} className="compare-choice" data-chosen={picked}>
                <input
                  type="checkbox"
                  checked={picked}
                  disabled={!picked && full}
                  onChange={() =>
                    onChange(
                      picked ? compare.filter((id) => id !== actor.id) : [...compare, actor.id],
                    )
                  }
                />
                {actor.shortName}
              </label>
            )
          })}
        </fieldset>
      )}
      {chosen.length < 2 ? (
        <p className="section-note">Pick at least two actors, here or with “Compare” on a card.</p>
      ) : (
        <Suspense fallback={<p className="section-note">Loading the comparison…</p>}>
          <CompareTable
            compare={compare}
            actors={actors}
            stances={stances}
            statements={statements}
            labels={labels}
          />
        </Suspense>
      )}
    </section>
  )
}
