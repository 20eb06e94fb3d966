import { createHash } from 'node:crypto'

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
 * `frameAncestors`: `'none'` for the full dashboard, `*` for `?embed=` views, which any site may
 * frame. A host that cannot tell them apart sends `*` for both; the page then refuses to run its
 * full view inside a frame (see src/main.tsx).
 */
export function contentSecurityPolicy(html: string, frameAncestors: "'none'" | '*'): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // Charts set inline style attributes (recharts, the HTML charts), which only this allows.
    "style-src 'self' 'unsafe-inline'",
    // Chart downloads draw through data: and blob: images.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')
}

export function securityHeaders(html: string, options: { embed: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(html, options.embed ? '*' : "'none'"),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
}

/** Headers for the HTTP API: JSON only, nothing to run, nothing to frame. */
export const apiSecurityHeaders = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

/** A Netlify / Cloudflare Pages `_headers` file for the built site (one policy for every path). */
export function headersFile(html: string): string {
  const lines = Object.entries(securityHeaders(html, { embed: true })).map(
    ([name, value]) => `  ${name}: ${value}`,
  )
  return ['/*', ...lines, ''].join('\n')
}
