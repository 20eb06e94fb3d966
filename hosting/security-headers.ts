import { createHash } from 'node:crypto'
import { isEmbedAddress } from '../src/lib/url-state/embed-address.ts'
import { inertHtmlPolicy } from '../src/lib/trusted-types.ts'

/**
 * The headers every response of the site carries. The policy is computed from the built page
 * itself: each inline script is allowed by its hash, so editing the theme script in index.html
 * changes the hash with it instead of silently blocking the script.
 */

/**
 * `sha256-…` of each inline `<script>` (one without `src`), as the browser hashes it. Data in a
 * `<script type="application/json">` (the prerendered query cache) is never run and needs none.
 */
export function inlineScriptHashes(html: string): string[] {
  return [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map(([, body = '']) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
}

/**
 * `frameAncestors`: `'none'` for the full page, `*` for an embed view, which any site may frame.
 * A host that cannot tell them apart sends `*` for the page's address; the page then refuses to
 * run anything but an embed inside a frame (see src/main.tsx).
 */
export function contentSecurityPolicy(html: string, frameAncestors: "'none'" | '*'): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // Radix's dialogs lock the page's scrolling with a <style> element whose text holds the
    // measured scrollbar width, which no hash can name and a static host has no nonce for; and
    // the prerendered flags carry style attributes. See docs/hosting.md.
    "style-src 'self' 'unsafe-inline'",
    // Chart downloads draw through data: and blob: images.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // A DOM API that runs or parses text as script or HTML takes only a value a policy made: the
    // `default` one in index.html passes the site's own script files by address (the app, the
    // mock API's service worker, the engine's worker), and `inertHtmlPolicy` an HTML file read
    // into an inert document. Any other string (innerHTML, document.write, eval) is refused.
    "require-trusted-types-for 'script'",
    `trusted-types default ${inertHtmlPolicy}`,
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}

/**
 * The page's headers. A page that is not an embed also sends `X-Frame-Options: DENY`, for
 * browsers too old to read `frame-ancestors`; an embed sends none, since the header's only way to
 * allow other sites, `ALLOW-FROM`, is obsolete and ignored, and anything else refuses them.
 */
export function securityHeaders(html: string, options: { embed: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(html, options.embed ? '*' : "'none'"),
    ...(options.embed ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

/**
 * The headers for a request's address (`/?embed=cards`): framing is allowed only when the router
 * would show it as an embed, by the very same rule (`isEmbedAddress`).
 */
export const headersForAddress = (html: string, address: string) =>
  securityHeaders(html, { embed: isEmbedAddress(address) })

/**
 * The framing rule alone, by the same test: for the development server, whose page runs Vite's
 * own inline scripts, which no hash of the built page names.
 */
export function framingHeadersForAddress(address: string): Record<string, string> {
  return isEmbedAddress(address)
    ? { 'Content-Security-Policy': 'frame-ancestors *' }
    : { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' }
}

/** Headers for the HTTP API: JSON only, nothing to run, nothing to frame. */
export const apiSecurityHeaders = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

const headerLines = (headers: Record<string, string>) =>
  Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)

/**
 * A Netlify / Cloudflare Pages `_headers` file for the built site. These hosts match a rule by path
 * only, never by query, and send every rule that matches: so the rules must not overlap, or the
 * page's address would get `frame-ancestors *` and `'none'` at once, and refuse every embed. The
 * page's address `/` (every view, embeds included, lives there) may be framed, and the page
 * refuses to run anything but an embed in a frame; every other path (`/index.html`, the
 * scripts, the data files) refuses framing by header. `/:name` and `/:name/*` match every path
 * but `/`.
 */
export function headersFile(html: string): string {
  const embed = headerLines(securityHeaders(html, { embed: true }))
  const none = headerLines(securityHeaders(html, { embed: false }))
  return ['/', ...embed, '/:name', ...none, '/:name/*', ...none, ''].join('\n')
}
