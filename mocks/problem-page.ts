// With its extension: the build's config loads this file too (scripts/problem-pages-plugin.ts).
import { problemBody, problemsPath, problemTypes, type ProblemType } from './problem-types.ts'

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? '',
  )

/** Plain text with `code` spans, as the explanations are written. */
const prose = (text: string) =>
  escape(text).replace(/`([^`]+)`/g, (_, code: string) => `<code>${code}</code>`)

const statuses = Object.keys(problemTypes).map(Number)

/**
 * The page a problem's `type` leads to: what the problem means, what to do, and an answer of that
 * type. Plain HTML with no script or style, so it reads the same under the API's
 * `default-src 'none'` and the static site's policy.
 */
export function problemPage(status: number, type: ProblemType): string {
  const example = JSON.stringify(
    problemBody(status, type.example.detail, type.example.errors),
    null,
    2,
  )
  const others = statuses
    .filter((other) => other !== status)
    .flatMap((other) => {
      const item = problemTypes[other]
      return item
        ? [`<li><a href="${problemsPath}/${item.slug}">${other} ${item.title}</a></li>`]
        : []
    })
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(type.title)}: a problem type of the Karabakh reactions tracker API</title>
</head>
<body>
<main>
<h1>${status} ${escape(type.title)}</h1>
<p>A problem type of the Karabakh reactions tracker’s API: an error answered as <code>application/problem+json</code> (RFC 9457) whose <code>type</code> is this page’s address.</p>
<h2>What it means</h2>
<p>${prose(type.meaning)}</p>
<h2>What to do</h2>
<p>${prose(type.remedy)}</p>
<h2>An answer of this type</h2>
<p><code>detail</code> says what went wrong with the request that got it; <code>errors</code>, where present, names each bad field.</p>
<pre><code>${escape(example)}</code></pre>
<h2>The other problem types</h2>
<ul>
${others.join('\n')}
</ul>
</main>
</body>
</html>
`
}

/** Every problem type's page by its slug: the API serves them, the build writes them as files. */
export const problemPages: ReadonlyMap<string, string> = new Map(
  statuses.flatMap((status) => {
    const type = problemTypes[status]
    return type ? [[type.slug, problemPage(status, type)] as const] : []
  }),
)
