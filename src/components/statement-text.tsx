import type { ReactNode } from 'react'
import { nestedQuotation } from '../lib/nested-quotation'
import type { Statement } from '../lib/schemas/statement'
import { Term } from './term'
import { YoursMark } from './yours-mark'

const plain = (text: string): ReactNode => text

/**
 * A statement's words: the actor's verbatim quotes as quotations, or the article's reported speech
 * marked as a paraphrase. Nothing here is reworded: only the marks a quotation itself holds read
 * as a quotation's within ours (‘…’); `mark` may only wrap parts of the words (a search's
 * matches).
 */
export function StatementText({
  statement,
  lead = false,
  mark = plain,
}: {
  statement: Statement
  lead?: boolean
  mark?: (text: string) => ReactNode
}) {
  const className = lead ? 'statement-text lead' : 'statement-text'
  if (statement.textKind === 'quote') {
    return (
      <figure className={className}>
        <span className="text-kind" data-kind="quote">
          <Term id="quotation">Quote</Term>
        </span>
        {statement.yours && <YoursMark />}
        {statement.quotes.map((quote) => (
          <blockquote key={quote.start}>
            <p>“{mark(nestedQuotation(quote.text))}”</p>
          </blockquote>
        ))}
        {!lead && (
          <figcaption className="passage">
            <Term id="passage">
              {statement.yours ? 'As your source reports it' : 'As the article reports it'}
            </Term>
            : {mark(statement.passage.text)}
          </figcaption>
        )}
      </figure>
    )
  }
  return (
    <div className={className}>
      <span className="text-kind" data-kind="paraphrase">
        <Term id="paraphrase">
          {statement.yours ? 'Paraphrase: your source’s words' : 'Paraphrase: the article’s words'}
        </Term>
      </span>
      {statement.yours && <YoursMark />}
      <p className="paraphrase">{mark(statement.passage.text)}</p>
    </div>
  )
}
