import { existsSync } from 'node:fs'
import { fireEvent, render } from '@testing-library/react'
import { expect, test } from 'vitest'
import { Flag, flagSource } from '../../src/components/flag'
import { organisations, states } from '../../src/lib/gazetteer/gazetteer'

test('a state beyond the bundled flags gets the flag file the site serves for its code', () => {
  const { container } = render(<Flag emblem="jp" />)
  expect(container.querySelector('img.flag')?.getAttribute('src')).toBe('/flags/jp.svg')
})

test('every UN member state and every organisation with an emblem has a flag file to serve', () => {
  expect(states).toHaveLength(193)
  const codes = [...states, ...organisations].flatMap((entry) => (entry.flag ? [entry.flag] : []))
  const missing = codes.filter(
    (code) => !flagSource(code) || !existsSync(`node_modules/flag-icons/flags/4x3/${code}.svg`),
  )
  expect(missing).toEqual([])
})

test('an actor without an emblem, or with a code no flag exists for, shows the blank emblem', () => {
  const { container, rerender } = render(<Flag emblem="none" />)
  expect(container.querySelector('img')).toBeNull()
  rerender(<Flag emblem="qq" />)
  const image = container.querySelector('img')
  if (!image) throw new Error('a code is tried as a file first')
  fireEvent.error(image)
  expect(container.querySelector('img')).toBeNull()
  expect(container.querySelector('.flag-none')).not.toBeNull()
})
