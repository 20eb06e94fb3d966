import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderApp, resultCount } from '../render-app'

// The file maker fails as a worker that cannot load does.
vi.mock('../../src/features/export/open-formats-client', () => ({
  makeOpenFormatFile: () => Promise.reject(new Error('The file maker could not be loaded.')),
}))

test('a file that cannot be made says so, downloads nothing, and can be tried again', async () => {
  const made = vi.fn(() => 'blob:test/1')
  URL.createObjectURL = made
  const { user } = renderApp('/?stance=condemns')
  await resultCount()
  const parquet = screen.getByRole('button', { name: 'Download Parquet' })
  await user.click(parquet)
  expect(
    await screen.findByText(
      'The file could not be made (The file maker could not be loaded.). Nothing was downloaded; try again.',
      { selector: '[role="status"]' },
    ),
  ).toBeVisible()
  expect(made).not.toHaveBeenCalled()
  expect(parquet).not.toHaveAttribute('aria-disabled')
})
