// With file extensions: vite.config.ts loads this module, through hosting/, in Node.
import { viewParameters, type EmbedKind } from './view-state.ts'

/**
 * The embed an address asks for, read by the very parameter the router reads: exactly one
 * `embed`, of a kind the app draws. Anything else (`?embed=bogus`, `?embed=`, `embed` given twice,
 * `?EMBED=cards`) is no embed, and the router shows the full page for it, so it is none here
 * either. The page decides with this whether it may run inside another site's frame, and the
 * servers decide with it whether to let it be framed: one rule, so no address is an embed to the
 * header and the full workspace to the router.
 *
 * `address` is a whole URL, a path with its query, or a query (`?embed=cards`); a fragment is
 * ignored, as the browser never sends one.
 */
export function embedOfAddress(address: string): EmbedKind | null {
  let params: URLSearchParams
  try {
    params = new URL(address, 'http://address.invalid/').searchParams
  } catch {
    return null
  }
  return viewParameters.embed.read(params.getAll('embed'), undefined).value
}

/** Whether the address is an embed view, the only kind of page another site may frame. */
export const isEmbedAddress = (address: string): boolean => embedOfAddress(address) !== null
