import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { Flag } from '../../src/components/flag'
import { states } from '../../src/lib/gazetteer/gazetteer'

test('a state beyond the bundled flags gets its own flag once the table loads', async () => {
  const { container } = render(
    <p>
      <Flag emblem="jp" /> Japan
    </p>,
  )
  await screen.findByText('Japan')
  await expect
    .poll(() => container.querySelector('img.flag')?.getAttribute('src') ?? '', { timeout: 10_000 })
    .toMatch(/jp\.svg/)
})

test('every UN member state in the gazetteer has a flag, and an unknown emblem a blank', async () => {
  const { flagUrls } = await import('../../src/components/flag-urls')
  expect(states).toHaveLength(193)
  expect(states.filter((state) => !flagUrls[state.flag]).map((state) => state.name)).toEqual([])
  const { container } = render(<Flag emblem="none" />)
  expect(container.querySelector('img')).toBeNull()
  expect(container.querySelector('.flag-none')).not.toBeNull()
})
