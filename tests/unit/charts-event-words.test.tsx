import { cleanup, render, screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { actors } from '../../data/actors'
import { event as articleEvent } from '../../data/event'
import { Charts } from '../../src/features/charts/components/charts'
import { genericTerms, termsOf } from '../../src/lib/codebook/event-terms'
import { codebookLabels } from '../../src/lib/labels'
import type { Event } from '../../src/lib/schemas/event'
import { allEvents, emptyFilterState } from '../../src/lib/url-state/filter-state'
import { norvania } from '../fictional-event'
import { dataset } from '../mock-dataset'
import { applyFilters } from '../reference/apply-filters'
import { WithSharedView } from '../shared-view'
import { templateCodebook } from '../template-codebook'

// The map's boundaries load on first use; on a busy machine that takes a few seconds.
vi.setConfig({ testTimeout: 30_000 })

/**
 * The charts of `event`, or of every event, in the words the page gives them. The article's
 * statements stand in for the reactions: for the fictional event only their shape matters.
 */
function renderCharts(event: Event, { across = false } = {}) {
  return render(
    <WithSharedView
      event={across ? allEvents : event.id}
      actors={actors}
      events={[event]}
      labels={codebookLabels(templateCodebook, across ? genericTerms : termsOf(event))}
    >
      <Charts input={applyFilters(dataset, emptyFilterState)} sourceLine="Source: a test." />
    </WithSharedView>,
  )
}

const figure = (name: string) => screen.getByRole('figure', { name })
/** The map, once its boundaries are in and it is drawn. */
async function drawnMap() {
  const map = figure('Where each country stands')
  await within(map).findByRole('listbox', { name: /countries and organisations/i })
  return map
}

test('for a fictional event the charts speak of its action, never of “the operation”', () => {
  renderCharts(norvania)
  const spectrum = figure('Where each actor stands')
  expect(spectrum).toHaveTextContent(
    'The reacting actors on the scale from supporting the border closure to condemning it.',
  )
  expect(spectrum).toHaveAccessibleDescription(
    /^From supporting the border closure to condemning it\./,
  )
  // The scale's two ends, drawn above the lanes.
  const axis = spectrum.querySelector('.spectrum-axis')
  expect([...(axis?.children ?? [])].map((end) => end.textContent)).toEqual([
    'Supports the border closure',
    'Condemns the border closure',
  ])
  expect(figure('Statements over time')).toHaveAccessibleDescription(
    /only to the days of the border closure\./,
  )
  expect(
    within(figure('Where each country stands')).getByText(
      'Not placed on the scale: a party to the conflict, or an actor whose statements express no stance toward the border closure.',
    ),
  ).toBeInTheDocument()
  expect(document.body).not.toHaveTextContent(/operation/i)
})

test('the map draws the South Caucasus larger for the article’s event, not for another nor across events', async () => {
  renderCharts(articleEvent)
  const article = await drawnMap()
  expect(article).toHaveTextContent(/the South Caucasus drawn larger\./)
  expect(within(article).getByText('South Caucasus')).toBeInTheDocument()
  cleanup()
  renderCharts(norvania)
  expect(await drawnMap()).not.toHaveTextContent(/South Caucasus/)
  cleanup()
  renderCharts(articleEvent, { across: true })
  expect(await drawnMap()).not.toHaveTextContent(/South Caucasus/)
})
