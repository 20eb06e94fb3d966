import { readFileSync } from 'node:fs'
import { screen, within } from '@testing-library/react'
import CSL from 'citeproc'
import { expect, test } from 'vitest'
import { citationStyles, filterOption, renderApp, resultCount } from '../render-app'

// The styles and the locale as the project ships them; tests/unit/csl-files.test.ts checks that
// they are the official files, unchanged. Each style is named by the <title> in its file.
const csl = (file: string) => readFileSync(`src/lib/csl/${file}`, 'utf8')
const styles = [
  ['APA Style 7th edition', 'apa.csl'],
  ['Chicago Manual of Style 18th edition (author-date)', 'chicago-author-date.csl'],
  ['MLA Handbook 9th edition (in-text citations)', 'modern-language-association.csl'],
  ['Cite Them Right 12th edition (author-date/Harvard)', 'harvard-cite-them-right.csl'],
] as const
const locale = csl('locales-en-US.xml')

type Item = { id: string }

/** What citeproc-js makes of the items in one style, in US English: each item's reference. */
function citeproc(file: string, items: readonly Item[]): string[] {
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => locale,
      retrieveItem: (id) => structuredClone(items.find((item) => item.id === id)),
    },
    csl(file),
    'en-US',
    true,
  )
  engine.setOutputFormat('text')
  engine.updateItems(items.map((item) => item.id))
  const bibliography = engine.makeBibliography()
  if (!bibliography) throw new Error(`${file} gives no bibliography`)
  const [meta, entries] = bibliography
  return items.map((item) => {
    const index = meta.entry_ids.findIndex(([id]) => id === item.id)
    return entries[index]!.trim()
  })
}

const shownReferences = (region: HTMLElement) =>
  Array.from(region.querySelectorAll('pre'), (reference) => reference.textContent)

/**
 * Every style in the dialog, once citeproc has loaded, is exactly what citeproc-js makes of the
 * CSL-JSON the same dialog hands out.
 */
async function expectEveryStyleFromCslJson(dialog: HTMLElement, references: number) {
  // The styles show once citeproc has built them.
  await within(dialog).findByRole('region', { name: styles[0][0] }, citationStyles)
  const [cslJson] = shownReferences(within(dialog).getByRole('region', { name: 'CSL-JSON' }))
  const items = JSON.parse(cslJson!) as Item[]
  expect(items).toHaveLength(references)
  for (const [title, file] of styles) {
    const shown = shownReferences(within(dialog).getByRole('region', { name: title }))
    expect(shown).toEqual(citeproc(file, items))
    expect(shown.join(' ')).not.toMatch(/versions/i)
  }
}

// Two dialogs' styles, the first built from nothing.
const slow = { timeout: 2 * citationStyles.timeout }

test(
  'each style of a view is what citeproc-js makes of its CSL-JSON: the article, the dashboard',
  slow,
  async () => {
    const { user } = renderApp('/?kind=state')
    await resultCount()
    await user.click(screen.getByRole('button', { name: 'Cite this view' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cite: this view' })
    await expectEveryStyleFromCslJson(dialog, 2)
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([...styles.map(([title]) => title), 'BibTeX', 'RIS', 'CSL-JSON'])

    // The same view cited again at another link: the styles give the new link, not the last one.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await user.click(filterOption('Stance', 'Condemns the operation'))
    await user.click(screen.getByRole('button', { name: 'Cite this view' }))
    const again = await screen.findByRole('dialog', { name: 'Cite: this view' })
    await expectEveryStyleFromCslJson(again, 2)
    const apa = shownReferences(within(again).getByRole('region', { name: styles[0][0] }))
    expect(apa[1]).toMatch(/\?.*stance=condemns/)
  },
)

test('each style of a statement is what citeproc-js makes of its CSL-JSON', slow, async () => {
  const { user } = renderApp('/?stance=condemns')
  await resultCount()
  const card = screen.getByRole('article', { name: 'Armenia' })
  await user.click(within(card).getByRole('button', { name: /Show the statement/ }))
  await user.click(within(card).getByRole('button', { name: 'Cite this statement' }))
  const dialog = await screen.findByRole('dialog', { name: 'Cite: Statement by Armenia' })
  await expectEveryStyleFromCslJson(dialog, 2)
  const apa = within(dialog).getByRole('region', { name: 'APA Style 7th edition' })
  expect(shownReferences(apa)[1]).toMatch(
    /^Diplomatic reactions tracker\. \(\d{4}\)\. Statement by Armenia: “full-scale aggression” \[Dataset\]\. In Reactions to .* \(Version [\d.-]+\)\. Diplomatic reactions tracker\. http:\/\/localhost:3000\/\?statement=armenia-condemns-aggression&version=[\d.-]+$/,
  )
})
