import type { Reliability } from '../../../lib/codebook/reliability'
import { closed, followsWords } from '../reliability-words'

/** Where on the method page a cited rule is written out. */
const ruleSection = (rule: string) => (rule === 'quotes' ? '#quotes' : '#rules')

/** Every disagreement between the two codings, and the written rule that settles it. */
export function ReliabilityDisagreements({ reliability }: { reliability: Reliability }) {
  const [, b] = reliability.coders
  return (
    <>
      <h4 id="reliability-disagreements">Every disagreement, and the rule that settles it</h4>
      {reliability.disagreements.length === 0 ? (
        <p>The two codings agree on every field of every act.</p>
      ) : (
        <ul className="method-disagreements" aria-labelledby="reliability-disagreements">
          {reliability.disagreements.map((item) => (
            <li key={item.key}>
              <p>
                <strong>{item.field}</strong>, for {item.actor}: “{item.passage}”
              </p>
              <p>
                The dataset: {closed(item.a)} Coder {b}: {closed(item.b)}
              </p>
              {item.resolution ? (
                <p>
                  Settled by the codebook’s rule{' '}
                  <a href={ruleSection(item.resolution.rule)}>“{item.resolution.ruleTitle}”</a>,
                  which gives {followsWords(item.resolution, reliability.coders)}.{' '}
                  {item.resolution.reason}
                </p>
              ) : (
                <p>Not settled yet: no written rule has been applied to it.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
