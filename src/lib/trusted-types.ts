/**
 * Trusted Types (the site's policy has `require-trusted-types-for 'script'`): a DOM API that
 * parses text as HTML takes only a value a named policy made. The app has one such write, reading
 * an HTML file the analyst opens into an inert document; this policy makes values for it and
 * nothing else, so no other code can use it to reach innerHTML. TypeScript's DOM types do not
 * describe Trusted Types yet: the few used here are declared below.
 */
export const inertHtmlPolicy = 'inert-html'

declare global {
  interface TrustedHTML {
    readonly trustedHtml: unique symbol
  }
  interface TrustedTypePolicy {
    createHTML(input: string): TrustedHTML
  }
  interface TrustedTypePolicyFactory {
    createPolicy(name: string, rules: { createHTML: (input: string) => string }): TrustedTypePolicy
  }
  interface Window {
    readonly trustedTypes?: TrustedTypePolicyFactory
  }
  interface DOMParser {
    parseFromString(string: TrustedHTML, type: DOMParserSupportedType): Document
  }
}

let policy: TrustedTypePolicy | undefined

/**
 * `html` parsed into a document that is never rendered: DOMParser runs none of its scripts and
 * loads none of its images, so the text can pass the policy as it is.
 */
export function parseInertHtml(html: string): Document {
  const parser = new DOMParser()
  const trustedTypes = typeof window === 'undefined' ? undefined : window.trustedTypes
  // A browser without Trusted Types takes the text itself.
  if (!trustedTypes) return parser.parseFromString(html, 'text/html')
  policy ??= trustedTypes.createPolicy(inertHtmlPolicy, { createHTML: (input) => input })
  return parser.parseFromString(policy.createHTML(html), 'text/html')
}
