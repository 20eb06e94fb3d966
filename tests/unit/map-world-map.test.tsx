import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { dataset, labels } from '../mock-dataset'
import { applyFilters } from '../reference/apply-filters'
import { emptyFilterState } from '../../src/lib/url-state/filter-state'
import { southCaucasus } from '../../src/features/charts/map/map-region'
import { shapeMap } from '../../src/features/charts/map/shape-map'
import { WorldMap } from '../../src/features/charts/map/world-map'

test('the map says it is loading, then draws at its container’s width', async () => {
  render(
    <WorldMap
      entries={shapeMap(applyFilters(dataset, emptyFilterState))}
      labels={labels}
      region={southCaucasus}
    />,
  )
  expect(screen.getByRole('status')).toHaveTextContent('Loading the map…')
  const listbox = await screen.findByRole('listbox', { name: /countries and organisations/i })
  expect(listbox.closest('svg')).toHaveAttribute('width', '800')
  expect(screen.queryByRole('status')).not.toBeInTheDocument()
})
