import { lazy, Suspense, useMemo, useRef, useState } from 'react'
import type { Citations, CiteContext } from '../../../lib/cite'
import { actorNames } from '../../../lib/actor-names'
import { eventShortName } from '../../../lib/event-name'
import { labelsBySource } from '../../../lib/labels'
import { countOf, formatCount } from '../../../lib/format'
import { inEvent } from '../../../lib/statements/in-event'
import type { Event } from '../../../lib/schemas/event'
import type { Statement } from '../../../lib/schemas/statement'
import type { CardResult } from '../../../lib/statements/actor-results'
import { allEvents, clearFilters } from '../../../lib/url-state/filter-state'
import { maxCompared } from '../../../lib/url-state/view-state'
import { useLabels, useSharedView } from '../../../lib/view/shared-view'
import { ActorCard, type CommonToCards } from './actor-card'
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

const noEvents: readonly Event[] = []

type Props = {
  results: readonly CardResult[]
  /** The filters narrow the cards: the count says how many of all are shown. */
  filtered: boolean
  /** The cards offer "Compare"; not without the derived stances, nor in an embed. */
  comparable: boolean
  links: {
    /** What a citation names, built at the moment of citing so the link and the date are those
     * of that moment; given a statement's source, that source. Null while the sources or the
     * dataset version are unavailable. */
    cite: ((sourceId?: string) => CiteContext) | null
    method: CommonToCards['methodLink']
  }
  /** How the cards show what a search matched; absent until the first search loads it. */
  matched?: CommonToCards['matched']
  /** True while the statements are being fetched again: the feeds say they are busy. */
  busy?: boolean
  /** In an embed the cards stand alone: no search highlighted, no statement opened by a link,
   * no event named. */
  embedded?: boolean
}

/** The actors' cards as filtered: the reacting actors, then the parties to the conflict. */
export function ActorCards({
  results,
  filtered,
  comparable,
  links,
  matched,
  busy = false,
  embedded = false,
}: Props) {
  const shared = useSharedView()
  const { actors, statements, view, setView, filters, setFilters } = shared
  // The actors and statements of the event in view, which the count is out of.
  const inView = useMemo(
    () => inEvent(actors, statements, shared.events, shared.event),
    [actors, statements, shared.events, shared.event],
  )
  const labels = useLabels()
  const compare = view.compare
  const onCompareChange = comparable
    ? (next: string[]) => setView({ ...view, compare: next })
    : null
  const citeContext = links.cite
  const linkedStatement = embedded ? null : view.statement
  const search = embedded ? '' : filters.q
  // An embed names its event once, in its own title: its cards do not repeat it.
  const events = embedded ? noEvents : shared.events
  const [viewing, setViewing] = useState<Statement | null>(null)
  const [citing, setCiting] = useState<{ title: string; citations: Citations } | null>(null)
  const [dialogsWanted, setDialogsWanted] = useState(false)
  // Kept apart from the dialog state, which is cleared before a dialog hands the focus back.
  const opener = useRef<HTMLElement | null>(null)
  const rememberOpener = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setDialogsWanted(true)
  }
  const actorName = useMemo(() => actorNames(actors), [actors])
  // Each actor's statements, gathered once rather than once per card.
  const byActor = useMemo(() => statementsByActor(inView.statements), [inView.statements])
  // One event in view is named by the header above, so the cards do not name it again; across
  // events each names its own, short enough to read whole on a card.
  const oneEvent = shared.event !== allEvents
  const eventTitle = useMemo(() => {
    const titles = new Map<string, string>()
    if (!oneEvent)
      for (const event of events)
        for (const id of event.sourceIds) titles.set(id, eventShortName(event))
    return (statement: Statement) => titles.get(statement.sourceId) ?? null
  }, [events, oneEvent])
  // Looked up once per link, not on every render: a large corpus has 100,000 statements to search.
  const linkedActor = useMemo(
    () =>
      linkedStatement === null
        ? undefined
        : statements.find((statement) => statement.id === linkedStatement)?.actorId,
    [statements, linkedStatement],
  )
  const statementCount = results.reduce((total, result) => total + result.statements.length, 0)
  const reacting = results.filter((result) => !result.actor.isParty)
  const parties = results.filter((result) => result.actor.isParty)
  const labelsOf = useMemo(() => labelsBySource(labels, events), [labels, events])
  const common: CommonToCards = {
    labels,
    labelsOf,
    actorName,
    eventTitle,
    onViewSource: (statement) => {
      rememberOpener()
      setViewing(statement)
    },
    onCite:
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
      }),
    methodLink: links.method,
    linked: linkedStatement,
    search,
    matched,
  }
  const card = (result: CardResult, place: { index: number; size: number }) => {
    const compared = compare.includes(result.actor.id)
    return (
      <ActorCard
        key={result.actor.id}
        result={result}
        all={byActor.get(result.actor.id) ?? []}
        place={place}
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
        common={common}
      />
    )
  }
  const feed = (label: string, cards: readonly CardResult[]) => (
    <CardFeed
      label={label}
      cards={cards}
      renderCard={card}
      busy={busy}
      focusCard={linkedActor ? cards.findIndex((result) => result.actor.id === linkedActor) : null}
      focusKey={linkedStatement}
    />
  )
  return (
    <>
      <div className="results-bar">
        <p className="result-count" role="status" aria-live="polite">
          {filtered
            ? `Showing ${formatCount(results.length)} of ${countOf(inView.actors.length, 'actor')} · ${countOf(statementCount, 'matching statement')}`
            : `All ${countOf(inView.actors.length, 'actor')} · ${countOf(inView.statements.length, 'statement')}`}
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
          <button type="button" onClick={() => setFilters(clearFilters(filters))}>
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
            event={shared.event}
            citations={citing?.citations ?? null}
            onClose={() => setCiting(null)}
            returnFocus={() => opener.current?.focus()}
          />
        </Suspense>
      )}
    </>
  )
}
