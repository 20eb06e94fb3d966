import { lazy, Suspense, useMemo, useRef, useState } from 'react'
import type { Citations, CiteContext } from '../../../lib/cite'
import type { CodebookLabels } from '../../../lib/labels'
import type { Actor } from '../../../lib/schemas/actor'
import { actorNames } from '../../../lib/actor-names'
import type { Event } from '../../../lib/schemas/event'
import type { Statement } from '../../../lib/schemas/statement'
import type { CardResult } from '../../../lib/statements/actor-results'
import { maxCompared } from '../../../lib/url-state/view-state'
import { ActorCard, type ActorCardProps } from './actor-card'
import { CardFeed } from './card-feed'
import { statementsByActor } from '../../../lib/group-by'

// The citation styles load with the first Cite, not with the cards.
const loadCite = () => import('../../../lib/cite')

// The dialogs and their focus-trapping code load when a reader first opens one.
const SourceDialog = lazy(() =>
  import('./source-dialog').then((module) => ({ default: module.SourceDialog })),
)
const CiteDialog = lazy(() =>
  import('../../../components/cite-dialog').then((module) => ({ default: module.CiteDialog })),
)

type Props = {
  data: { actors: readonly Actor[]; statements: readonly Statement[] }
  results: readonly CardResult[]
  labels: CodebookLabels
  filtered: boolean
  onClearFilters: () => void
  compare: readonly string[]
  /** Null in an embed, where comparing would change only the frame. */
  onCompareChange: ((compare: string[]) => void) | null
  /** Built at the moment of citing, so the link and the date are those of that moment; null
   * while the source or the dataset version is unavailable. */
  /** What a citation names; given a statement's source, that source. */
  citeContext: ((sourceId?: string) => CiteContext) | null
  methodLink: ActorCardProps['methodLink']
  /** The statement a permalink points at, opened and focused in its actor's card. */
  linkedStatement?: string | null
  /** The search typed, whose matches the cards highlight. */
  search?: string
  /** The dataset's events, each card naming the one its statements are about. */
  events?: readonly Event[]
  /** True while the statements are being fetched again: the feeds say they are busy. */
  busy?: boolean
}

export function ResultsPanel(props: Props) {
  const {
    data,
    results,
    labels,
    filtered,
    onClearFilters,
    compare,
    onCompareChange,
    citeContext,
    methodLink,
  } = props
  const [viewing, setViewing] = useState<Statement | null>(null)
  const [citing, setCiting] = useState<{ title: string; citations: Citations } | null>(null)
  const [dialogsWanted, setDialogsWanted] = useState(false)
  // Kept apart from the dialog state, which is cleared before a dialog hands the focus back.
  const opener = useRef<HTMLElement | null>(null)
  const rememberOpener = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDialogsWanted(true)
  }
  const actorName = useMemo(() => actorNames(data.actors), [data.actors])
  // Each actor's statements, gathered once rather than once per card.
  const byActor = useMemo(() => statementsByActor(data.statements), [data.statements])
  const events = props.events
  const eventTitle = useMemo(() => {
    const titles = new Map<string, string>()
    for (const event of events ?? []) for (const id of event.sourceIds) titles.set(id, event.title)
    return (statement: Statement) => titles.get(statement.sourceId) ?? null
  }, [events])
  const linkedStatement = props.linkedStatement ?? null
  // Looked up once per link, not on every render: a large corpus has 100,000 statements to search.
  const linkedActor = useMemo(
    () =>
      linkedStatement === null
        ? undefined
        : data.statements.find((statement) => statement.id === linkedStatement)?.actorId,
    [data.statements, linkedStatement],
  )
  const statementCount = results.reduce((total, result) => total + result.statements.length, 0)
  const reacting = results.filter((result) => !result.actor.isParty)
  const parties = results.filter((result) => result.actor.isParty)
  const card = (result: CardResult, place: { index: number; size: number }) => {
    const compared = compare.includes(result.actor.id)
    return (
      <ActorCard
        key={result.actor.id}
        place={place}
        eventTitle={eventTitle}
        actor={result.actor}
        summary={result.summary}
        matching={result.statements}
        all={byActor.get(result.actor.id) ?? []}
        labels={labels}
        actorName={actorName}
        onViewSource={(statement) => {
          rememberOpener()
          setViewing(statement)
        }}
        onCite={
          citeContext &&
          ((statement) => {
            rememberOpener()
            const context = citeContext(statement.sourceId)
            const name = actorName(statement.actorId)
            void loadCite().then(({ citeStatement, statementTitle }) =>
              setCiting({
                title: statementTitle(name),
                citations: citeStatement(context, statement, name),
              }),
            )
          })
        }
        compared={compared}
        onToggleCompare={
          !onCompareChange
            ? undefined
            : compared
              ? () => onCompareChange(compare.filter((id) => id !== result.actor.id))
              : compare.length >= maxCompared
                ? null
                : () => onCompareChange([...compare, result.actor.id])
        }
        methodLink={methodLink}
        linked={props.linkedStatement ?? null}
        search={props.search ?? ''}
      />
    )
  }
  const feed = (label: string, cards: readonly CardResult[]) => (
    <CardFeed
      label={label}
      cards={cards}
      renderCard={card}
      busy={props.busy ?? false}
      focusCard={linkedActor ? cards.findIndex((result) => result.actor.id === linkedActor) : null}
      focusKey={props.linkedStatement ?? null}
    />
  )
  return (
    <>
      <div className="results-bar">
        <p className="result-count" role="status" aria-live="polite">
          {filtered
            ? `Showing ${results.length} of ${data.actors.length} actors · ${statementCount} matching ${statementCount === 1 ? 'statement' : 'statements'}`
            : `All ${data.actors.length} actors · ${data.statements.length} statements`}
        </p>
        {citeContext && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              rememberOpener()
              const context = citeContext()
              void loadCite().then(({ citeView }) =>
                setCiting({ title: 'this view', citations: citeView(context) }),
              )
            }}
          >
            Cite this view
          </button>
        )}
      </div>
      {results.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">No actor matches these filters.</p>
          <p>Try removing a filter, or clear them all to see every actor.</p>
          <button type="button" onClick={onClearFilters}>
            Clear all filters
          </button>
        </div>
      )}
      {reacting.length > 0 && (
        <section aria-labelledby="reacting-heading">
          <h3 id="reacting-heading" className="section-heading">
            Reacting actors
          </h3>
          {feed('Reacting actors', reacting)}
        </section>
      )}
      {parties.length > 0 && (
        <section aria-labelledby="parties-heading">
          <h3 id="parties-heading" className="section-heading">
            Parties to the conflict
          </h3>
          <p className="section-note">
            Shown for context; the codebook does not place them on the stance scale.
          </p>
          {feed('Parties to the conflict', parties)}
        </section>
      )}
      {dialogsWanted && (
        <Suspense fallback={null}>
          <SourceDialog
            statement={viewing}
            actorName={viewing ? actorName(viewing.actorId) : ''}
            onClose={() => setViewing(null)}
            returnFocus={() => opener.current?.focus()}
          />
          <CiteDialog
            title={citing?.title ?? ''}
            citations={citing?.citations ?? null}
            onClose={() => setCiting(null)}
            returnFocus={() => opener.current?.focus()}
          />
        </Suspense>
      )}
    </>
  )
}
