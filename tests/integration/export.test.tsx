import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderApp, resultCount } from '../render-app'

test('on a view with no statement, the downloads say there is nothing to download', async () => {
  const { user } = renderApp('/?from=2023-09-21')
  await screen.findByRole('button', { name: 'Clear all filters' })
  for (const name of ['Download CSV', 'Download JSON']) {
    const button = screen.getByRole('button', { name })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription(
      'Nothing to download: no statement matches these filters.',
    )
  }
  await user.click(screen.getByRole('button', { name: 'Download CSV' }))
  expect(screen.getByText(/^Nothing to download/, { selector: '[role="status"]' })).toBeVisible()
  expect(screen.getByRole('button', { name: 'Copy link' })).not.toHaveAttribute('aria-disabled')
})

test('on a view with statements, the downloads are offered', async () => {
  renderApp('/?stance=condemns')
  await resultCount()
  expect(screen.getByRole('button', { name: 'Download CSV' })).not.toHaveAttribute('aria-disabled')
  expect(screen.queryByText(/^Nothing to download/)).not.toBeInTheDocument()
})
