import fc from 'fast-check'
import { expect, test } from 'vitest'
import { embedOfAddress, isEmbedAddress } from '../../src/lib/url-state/embed-address'
import { parseUrlState } from '../../src/lib/url-state/url-state'
import { embeds, notEmbeds } from './embed-address-fixtures'

test.each(notEmbeds)('%j is not an embed view', (address) => {
  expect(isEmbedAddress(address)).toBe(false)
  expect(embedOfAddress(address)).toBeNull()
})

test.each(embeds)('%j is an embed view', (address) => {
  expect(isEmbedAddress(address)).toBe(true)
})

test('it names the embed the router shows', () => {
  expect(embedOfAddress('?embed=chart%3Amatrix&view=workspace')).toBe('chart:matrix')
  expect(embedOfAddress('/?embed=card:armenia#cards')).toBe('card:armenia')
})

test('an address that is no URL at all is no embed', () => {
  expect(isEmbedAddress('http://[::1/?embed=cards')).toBe(false)
})

/** The router's own reading of an address: it shows an embed exactly when its view has one. */
const routerShowsEmbed = (address: string) =>
  parseUrlState(new URL(address, 'http://router.test/').search).view.embed !== null

test('for any address, it is an embed exactly when the router shows one', () => {
  for (const address of [...notEmbeds, ...embeds])
    expect(isEmbedAddress(address), address).toBe(routerShowsEmbed(address))
  const part = fc.oneof(
    fc.constantFrom('embed', 'EMBED', '%65mbed', 'view', 'dataset', '=', '&', '#', '?', '+', '%'),
    fc.constantFrom('cards', 'compare', 'chart:', 'chart%3A', 'map', 'card:', 'armenia', ''),
    fc.constantFrom('workspace', 'synthetic', 'bogus', '%3A', '%00', '%20', ','),
    fc.string({ maxLength: 6 }),
  )
  fc.assert(
    fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
      const address = `?${parts.join('')}`
      expect(isEmbedAddress(address)).toBe(routerShowsEmbed(address))
    }),
    { numRuns: 2000 },
  )
})
