import { lazy, Suspense } from 'react'
import { PanelSkeleton } from '../../components/panel-state'
import { PageNav } from '../page-nav'
import { UrlNoticePanel } from '../panels/url-notice-panel'
import { QueryPanel } from '../query-panel'
import { useView } from '../view-context'

// The method page loads only when opened.
const MethodPage = lazy(() =>
  import('../../features/method/components/method-page').then((module) => ({
    default: module.MethodPage,
  })),
)

/** How stances are derived: the codebook, the sources and the dataset. */
export function MethodRoute() {
  const { queries, labels, event, events } = useView()
  const { codebook, sources, meta, actors } = queries
  const eventTitle = events?.find((summary) => summary.id === event)?.title ?? null
  return (
    <>
      <PageNav />
      <UrlNoticePanel />
      <QueryPanel
        queries={[codebook, sources, meta, actors]}
        title="The method could not be loaded."
        skeleton={<PanelSkeleton rows={1} label="Loading the method" />}
      >
        {() =>
          codebook.data &&
          sources.data &&
          meta.data &&
          actors.data &&
          labels && (
            <Suspense fallback={<PanelSkeleton rows={1} label="Loading the method" />}>
              <MethodPage
                codebook={codebook.data}
                sources={sources.data}
                meta={meta.data}
                actors={actors.data}
                labels={labels}
                eventTitle={eventTitle}
              />
            </Suspense>
          )
        }
      </QueryPanel>
    </>
  )
}
