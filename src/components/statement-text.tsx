import type { Statement } from '../lib/schemas/statement'

/**
 * A statement's words: the actor's verbatim quotes as quotations, or the article's reported speech
 * marked as a paraphrase. Nothing here is reworded.
 */
export function StatementText({
  statement,
  lead = false,
}: {
  statement: Statement
  lead?: boolean
}) {
  if (statement.textKind === 'quote') {
    return (
      <figure className={lead ? 'statement-text lead' : 'statement-text'}>
        <span className="text-kind" data-kind="quote">
          Quote
        </span>
        {statement.quotes.map((quote) => (
          <blockquote key={quote.start}>
            <p>“{quote.text}”</p>
          </blockquote>
        ))}
        {!lead && (
          <figcaption className="passage">
            As the article reports it: {statement.passage.text}
          </figcaption>
        )}
      </figure>
    )
  }
  return (
    <div className={lead ? 'statement-text lead' : 'statement-text'}>
      <span className="text-kind" data-kind="paraphrase">
        Paraphrase: the article’s words
      </span>
      <p className="paraphrase">{statement.passage.text}</p>
    </div>
  )
}
