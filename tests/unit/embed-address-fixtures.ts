import { chartIds } from '../../src/lib/url-state/view-state'

/**
 * Addresses another site could frame that are the full page to the router: each must be no embed,
 * or a page framing it would run the full view (the workspace, with "Clear the workspace").
 */
export const notEmbeds = [
  '?embed=bogus&view=workspace',
  '?embed=',
  '?embed=x&view=method',
  '?embed&dataset=synthetic',
  '?embed',
  '?embed=cards&embed=cards',
  '?embed=cards&embed=bogus',
  '?embed=bogus&embed=cards',
  '?embed=cards&%65mbed=bogus',
  '?EMBED=cards',
  '?Embed=cards&view=workspace',
  '?embed=Cards',
  '?embed=CHART:map',
  '?embed=card:Armenia',
  '?embed=chart:pie',
  '?embed=card:',
  '?embed=card:armenia%00',
  '?embed=+cards',
  '?embed=cards+',
  '?embed=cards%20',
  '?embed%3Dcards',
  '?embed=cards,compare',
  '?view=workspace#embed=cards',
  '?embed=bogus#embed=cards',
  '/#?embed=cards',
  '/?view=workspace&embed=bogus',
  '',
  '/',
]

/** Embeds, as the embed code writes them and as a browser may spell them. */
export const embeds = [
  '?embed=cards',
  '?embed=compare',
  ...chartIds.map((chart) => `?embed=chart:${chart}`),
  '?embed=card:armenia',
  '?embed=card:united-states',
  '?stance=condemns&embed=chart:distribution&version=2026-11-27.1',
  '?kind=state&embed=cards&theme=dark',
  // The router shows the embed for it, never the workspace: an embed whatever else is asked.
  '?embed=cards&view=workspace',
  '?embed=chart%3Amap',
  '?embed=%63ards',
  '?%65mbed=cards',
  '?embed=cards#view=workspace',
  '/?embed=cards',
  'http://localhost:4173/?embed=card:france',
  'https://tracker.example/?q=cease+fire&embed=compare#x',
]
