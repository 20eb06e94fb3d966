import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from 'vitest'
import { colours, tokensCss } from '../../src/lib/design/tokens'

test('tokens.css is what the design tokens generate (run `npm run tokens` after editing them)', () => {
  const written = readFileSync(resolve(import.meta.dirname, '../../src/app/tokens.css'), 'utf8')
  expect(written).toBe(tokensCss())
})

test('every colour is a light and a dark value a browser reads', () => {
  const colour = /^(#[0-9a-f]{6}|rgb\(\d+ \d+ \d+ \/ 0?\.\d+\))$/
  for (const [name, pair] of Object.entries(colours)) {
    expect(pair.light, name).toMatch(colour)
    expect(pair.dark, name).toMatch(colour)
  }
})
