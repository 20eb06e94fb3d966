import { actorIdPattern, chartIds } from '../src/lib/url-state/view-state.ts'

/**
 * The query strings a server that matches by regular expression (nginx, Apache; see
 * docs/hosting.md) lets other sites frame, written from the kinds of embed the router reads
 * (src/lib/url-state/embed-address.ts). A server cannot run that parser, so this is stricter than
 * it and never looser: it accepts exactly one `embed` key, written plainly with a value the router
 * reads as an embed, and refuses a query with an escaped or empty key (`%65mbed` is a second
 * `embed` to the browser, which makes the address the full page). An embed it refuses that the
 * page would show (`?embed=%63ards`) is simply not framed; nothing it accepts is the full page.
 *
 * Written without backslashes and in PCRE's syntax, so it reads the same inside an nginx string,
 * an Apache expression and a JavaScript RegExp.
 */
const colon = '(?::|%3[Aa])'
const card = actorIdPattern.source.replace(/^\^|\$$/g, '')
const embedValue = `(?:cards|compare|chart${colon}(?:${chartIds.join('|')})|card${colon}${card})`
/** Any other parameter: a plain key that is not `embed`, with or without a value. */
const otherParameter = '(?!embed(?:[=&]|$))[A-Za-z0-9_.-]+(?:=[^&]*)?'

export const embedQueryPattern = `^(?:${otherParameter}&)*embed=${embedValue}(?:&${otherParameter})*$`
