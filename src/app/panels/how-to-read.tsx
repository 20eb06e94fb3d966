import { Term } from '../../components/term'
import { genericTerms } from '../../lib/codebook/event-terms'
import { pageLink } from '../page-nav'
import { useView } from '../view-context'
import './how-to-read.css'

/**
 * How to read the dashboard, in one paragraph, where a first visitor arrives: on the dashboard
 * itself, under the event it is about, before the cards it explains. The method page says the
 * same at length, but only a reader who already knows to look goes there.
 */
export function HowToRead() {
  const handle = useView()
  const action = handle.labels?.terms.action ?? genericTerms.action
  return (
    <section className="how-to-read" aria-labelledby="how-to-read-heading">
      <h2 id="how-to-read-heading">How to read this dashboard</h2>
      <p>
        Each card is one actor that reacted to {action}, with the{' '}
        <Term id="statement">statements</Term> its sources report. Its badge is the actor’s{' '}
        <Term id="stance">stance</Term>, derived from those statements by a written rule: a stance
        the source names <Term id="explicit">explicitly</Term> is{' '}
        <Term id="decisive">decisive</Term>; otherwise the <Term id="median">median</Term> of its
        statements’ stances counts, and where they settle on no single one the card says{' '}
        <Term id="mixed">mixed</Term>. The line under the badge says which of its statements the
        stance rests on. Each <Term id="position">position</Term> under the words, such as backing a
        party, shows on hover or focus the statement it comes from, and “Show all” lists every
        statement with its coding and the coder’s reason. Words in quotation marks are a{' '}
        <Term id="quotation">quotation</Term>, the actor’s own as the source prints them; everything
        else is the source’s <Term id="paraphrase">paraphrase</Term>. The{' '}
        <Term id="party">parties to the conflict</Term> are shown apart and never placed on the
        scale. The <a {...pageLink(handle, 'method')}>method page</a> has the{' '}
        <Term id="codebook">codebook</Term>, how far two coders agree, what changed between
        versions, and a glossary of these words.
      </p>
    </section>
  )
}
