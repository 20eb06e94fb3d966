import { useEffect } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { GlossaryProvider } from '../../components/term'
import { fillTerms, genericTerms } from '../../lib/codebook/event-terms'
import { glossaryAnchor } from '../../lib/glossary-ids'
import { usePostHeight } from '../../features/embed/use-post-height'
import { ActorCards } from '../../features/reactions/components/actor-cards'
import { dashboardTitleOf } from '../../lib/cite-parts'
import { formatDay } from '../../lib/format'
import { showData } from '../../lib/engine/dataset-view'
import { usePageOrigin } from '../../lib/use-page-origin'
import { eventInView } from '../../lib/view/events-in-view'
import { emptyFilterState } from '../../lib/url-state/filter-state'
import { embeddedCard, embeddedChart } from '../../lib/url-state/view-state'
import { ChartsPanel } from '../panels/charts-panel'
import { ComparePanel } from '../panels/compare-panel'
import { QueryPanel } from '../query-panel'
import { citeContextOf, sourceLineOf } from '../source-line'
import { useView } from '../view-context'

/**
 * One view with minimal chrome, for an iframe: title, the view, its source and a link back. It
 * shows what was chosen and nothing a reader of the host page cannot use; its citation names the
 * full view.
 */
export function EmbedRoute() {
  const { queries, data, labels, results, view, linkTo, event } = useView()
  const { actors, stances, statements, codebook, events, sources, meta } = queries
  usePostHeight(true)
  useEffect(() => {
    document.documentElement.dataset.embed = 'true'
  }, [])
  const origin = usePageOrigin()
  const fullView = `${origin}${window.location.pathname}${linkTo({ view: { ...view, embed: null, version: null, theme: null } })}`
  const chart = embeddedChart(view)
  const card = embeddedCard(view)
  const methodPage = `${fullView}${fullView.includes('?') ? '&' : '?'}view=method`
  // A term links to its entry on the full view's method page, as the rationale links do.
  const glossary = {
    link: (id: Parameters<typeof glossaryAnchor>[0]) => ({
      href: `${methodPage}#${glossaryAnchor(id)}`,
    }),
    fill: labels?.fill ?? ((text: string) => fillTerms(text, genericTerms)),
  }
  return (
    <GlossaryProvider value={glossary}>
      <div className="embed">
        <QueryPanel
          queries={[actors, stances, statements, codebook, events, sources, meta]}
          title="This embed could not be loaded."
          skeleton={<PanelSkeleton rows={2} label="Loading the embed" />}
        >
          {() => {
            if (!data || !labels || !results || !events.data || !sources.data || !meta.data)
              return null
            const scope = { events: events.data, event }
            const frozenElsewhere = view.version !== null && view.version !== meta.data.version
            // One card is that actor's card, whatever the filters of the view it was made in.
            const shown = card
              ? showData(data, emptyFilterState).results.filter(
                  (result) => result.actor.id === card,
                )
              : results
            return (
              <>
                <p className="embed-title">
                  {eventInView(events.data, event)?.title ?? dashboardTitleOf(null)}
                </p>
                <p className="embed-asof">
                  {frozenElsewhere
                    ? `Frozen at dataset ${view.version ?? ''}, which is no longer served: showing dataset ${meta.data.version}.`
                    : `As of dataset ${meta.data.version} (${formatDay(meta.data.updatedAt)})${view.version ? ', frozen' : ''}.`}
                </p>
                {view.embed === 'compare' ? (
                  <ComparePanel readOnly />
                ) : chart ? (
                  <ChartsPanel only={chart} announce />
                ) : (
                  <ActorCards
                    results={shown}
                    filtered
                    comparable={false}
                    links={{
                      cite: citeContextOf(sources.data, meta.data, scope, fullView),
                      method: {
                        href: `${methodPage}#derivation`,
                        onClick: () => undefined,
                      },
                    }}
                    embedded
                  />
                )}
                <p className="embed-source">
                  {sourceLineOf(sources.data, meta.data.version, scope)}{' '}
                  <a href={fullView} target="_blank" rel="noopener">
                    Open the full view
                  </a>
                </p>
              </>
            )
          }}
        </QueryPanel>
      </div>
    </GlossaryProvider>
  )
}
