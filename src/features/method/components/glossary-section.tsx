import { glossary, glossaryAnchor } from '../../../lib/glossary'
import type { CodebookLabels } from '../../../lib/labels'

/**
 * The words used in a sense of their own, each under its own anchor, which the terms elsewhere
 * link to. An event in view names its initiator and action.
 */
export function GlossarySection({
  labels,
  eventTitle,
}: {
  labels: CodebookLabels
  eventTitle: string | null
}) {
  return (
    <section id="glossary" aria-labelledby="glossary-heading">
      <h3 id="glossary-heading">Glossary</h3>
      <p>The words this page and the dashboard use in a sense of their own.</p>
      <dl className="method-glossary">
        {glossary.map((entry) => (
          <div key={entry.id}>
            <dt id={glossaryAnchor(entry.id)} tabIndex={-1}>
              {entry.term}
            </dt>
            <dd>
              {labels.fill(entry.definition)}
              {entry.id === 'initiator' &&
                eventTitle &&
                ` In ${eventTitle}, the initiator is ${labels.terms.initiator} and the action ${labels.terms.action}.`}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
