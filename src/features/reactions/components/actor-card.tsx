import { useEffect, useRef, useState } from 'react'
import { Disclosure } from '../../../components/disclosure'
import { Flag } from '../../../components/flag'
import { StanceBadge } from '../../../components/stance-badge'
import { StatementCoding } from './statement-coding'
import { CardEvidence } from './card-evidence'
import { kindLabels, type CodebookLabels } from '../../../lib/labels'
import type { StanceSummary } from '../../../lib/schemas/stance-summary'
import type { Statement } from '../../../lib/schemas/statement'
import type { CardResult } from '../../../lib/statements/actor-results'
import { pickHeadline } from '../headline'
import type { CardMatches } from '../highlight'
import { StatementMeta } from '../../../components/statement-meta'
import { StatementText } from '../../../components/statement-text'
import { stanceSummaryLabel } from '../../../lib/codebook/stance-label'
import { formatCount } from '../../../lib/format'
import { Term } from '../../../components/term'
import { PositionList, PositionReasons } from './position-reasons'
import { Derivation, StanceBasis } from './stance-basis'

/** A card lists this many of its statements at first, and this many more at each request. */
export const statementPage = 5

/** What every card of the cards shown shares: made once for them all, not once per card. */
export type CommonToCards = {
  labels: CodebookLabels
  /** A statement's labels in its own event's words, which differ from `labels` across events. */
  labelsOf: (statement: Statement) => CodebookLabels
  actorName: (id: string) => string
  /** The event a statement is about, by its short name; null where the header names the one event
   * in view, or where no event lists its source. */
  eventTitle: (statement: Statement) => string | null
  onViewSource: (statement: Statement) => void
  /** null while there is nothing to cite with (the source or version failed to load). */
  onCite: ((statement: Statement) => void) | null
  /** The method page's section on coding, which every rationale links to. */
  methodLink: { href: string; onClick: (event: React.MouseEvent) => void }
  /** A statement that a permalink points at: its actor's card opens on it and focuses it. */
  linked: string | null
  /** The search typed, whose matches the cards highlight. */
  search: string
  /** How the cards show what the search matched; none until the first search loads it. */
  matched?: CardMatches | null
}

export type ActorCardProps = {
  /** The actor, its derived stance (null when the stances could not be loaded: the card then
   * claims no stance) and the statements that match the filters, which the card leads with. */
  result: CardResult
  /** Every statement of the actor, shown when the card is expanded. */
  all: readonly Statement[]
  /** Where the card stands in its feed: its index and the feed's number of cards. */
  place?: { index: number; size: number }
  compared: boolean
  /** `null` when four actors are already compared and this one is not among them; `undefined`
   * where nothing can be compared (an embed), and the button is left out. */
  onToggleCompare: (() => void) | null | undefined
  common: CommonToCards
}

export function ActorCard({
  result,
  all,
  place,
  compared,
  onToggleCompare,
  common,
}: ActorCardProps) {
  const { actor, summary, statements: matching } = result
  const {
    labels,
    labelsOf,
    actorName,
    eventTitle,
    onViewSource,
    onCite,
    methodLink,
    linked,
    search,
    matched,
  } = common
  const linkedHere = linked !== null && all.some((statement) => statement.id === linked)
  const [open, setOpen] = useState(linkedHere)
  // A new permalink to a statement of this card opens it again.
  const [openedFor, setOpenedFor] = useState(linkedHere ? linked : null)
  if (linkedHere && openedFor !== linked) {
    setOpenedFor(linked)
    setOpen(true)
  }
  // The statements listed: a page at a time, and always as far as the linked one.
  const [listed, setListed] = useState(statementPage)
  const linkedIndex = linkedHere ? all.findIndex((statement) => statement.id === linked) : -1
  const shown = all.slice(0, Math.max(listed, linkedIndex + 1))
  const unlisted = all.length - shown.length
  const linkedItem = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (!linkedHere) return
    linkedItem.current?.scrollIntoView({ block: 'center' })
    linkedItem.current?.focus()
  }, [linkedHere, linked])
  const headline = pickHeadline(matching.length > 0 ? matching : all)
  const headingId = `actor-${actor.id}`
  const mark = matched ? (text: string) => matched.highlightNames(text, search) : undefined
  const positionProps = ({ positions }: StanceSummary) => ({
    positions,
    statements: all,
    labels,
    actorName,
  })
  // One event for every statement is said once, under the name; otherwise beside each statement.
  const eventTitles = new Set(all.map(eventTitle))
  const cardEvent = eventTitles.size === 1 ? [...eventTitles][0] : null
  const statementEvent = (statement: Statement) => {
    const title = eventTitles.size > 1 ? eventTitle(statement) : null
    return title ? <p className="statement-event">Event: {title}</p> : null
  }
  // Only a statement the search found can have been found by its coding.
  const codingNote = (statement: Statement) => {
    if (!matched || !matching.some((found) => found.id === statement.id)) return null
    const found = matched.codingMatched(statement, actor, search, labels)
    return found.length > 0 ? (
      <p className="coding-matched">Matched the coding: {found.join(', ')}</p>
    ) : null
  }
  return (
    <article
      className="actor-card"
      aria-labelledby={headingId}
      data-party={actor.isParty}
      {...(place
        ? { 'aria-posinset': place.index + 1, 'aria-setsize': place.size, tabIndex: -1 }
        : {})}
    >
      <header className="actor-card-header">
        <Flag emblem={actor.emblem} />
        <div>
          <h3 id={headingId}>{actor.name}</h3>
          <p className="actor-kind">
            {actor.isParty ? (
              <Term id="party">{kindLabels[actor.kind]}</Term>
            ) : (
              kindLabels[actor.kind]
            )}
          </p>
        </div>
        {onToggleCompare !== undefined && (
          <button
            type="button"
            className="compare-toggle"
            aria-pressed={compared}
            disabled={onToggleCompare === null}
            title={onToggleCompare === null ? 'Four actors are compared already' : undefined}
            onClick={() => onToggleCompare?.()}
          >
            Compare <span className="visually-hidden">{actor.name}</span>
          </button>
        )}
      </header>
      {cardEvent && <p className="actor-event">{cardEvent}</p>}
      {summary ? (
        <StanceBadge
          stance={summary.stance}
          range={summary.range}
          label={stanceSummaryLabel(summary, labels)}
        />
      ) : (
        <p className="stance-unavailable">Stance not available</p>
      )}
      {summary && <StanceBasis summary={summary} statements={all} labels={labels} />}
      {summary && (
        <CardEvidence summary={summary} statements={all} actorName={actor.name} labels={labels} />
      )}
      {headline && (
        <div className="headline">
          <StatementText statement={headline} lead mark={mark} />
          <StatementMeta statement={headline} mark={mark} />
          {statementEvent(headline)}
          {codingNote(headline)}
        </div>
      )}
      {summary && summary.positions.length > 0 && <PositionList {...positionProps(summary)} />}
      <Disclosure
        open={open}
        onOpenChange={setOpen}
        triggerClassName="link-button"
        className="card-details"
        trigger={
          <>
            {open ? 'Hide' : 'Show'}{' '}
            {all.length === 1 ? 'the statement' : `all ${formatCount(all.length)} statements`} and
            the coding
          </>
        }
      >
        {summary && <Derivation summary={summary} labels={labels} />}
        {summary && summary.positions.length > 0 && <PositionReasons {...positionProps(summary)} />}
        <ol className="statement-list">
          {shown.map((statement) => (
            <li
              key={statement.id}
              {...(statement.id === linked
                ? {
                    ref: linkedItem,
                    tabIndex: -1,
                    className: 'statement-linked',
                    'aria-label': `Linked statement by ${actor.name}`,
                  }
                : {})}
            >
              <StatementText statement={statement} mark={mark} />
              <StatementMeta statement={statement} mark={mark} />
              {statementEvent(statement)}
              {codingNote(statement)}
              <StatementCoding
                statement={statement}
                labels={labelsOf(statement)}
                actorName={actorName}
              />
              <p className="rationale">
                <strong>Why:</strong> {statement.rationale}{' '}
                <a href={methodLink.href} onClick={methodLink.onClick}>
                  How statements are coded
                </a>
              </p>
              <button type="button" className="link-button" onClick={() => onViewSource(statement)}>
                View in source
              </button>{' '}
              {onCite && (
                <button type="button" className="link-button" onClick={() => onCite(statement)}>
                  Cite <span className="visually-hidden">this statement</span>
                </button>
              )}
            </li>
          ))}
        </ol>
        {unlisted > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => setListed(shown.length + statementPage)}
          >
            Show {Math.min(statementPage, unlisted)} more of {formatCount(unlisted)}
          </button>
        )}
      </Disclosure>
    </article>
  )
}
