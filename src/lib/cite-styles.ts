import CSL from 'citeproc'
import {
  cslStyleNames,
  paragraphs,
  type Citation,
  type CslItem,
  type CslStyleName,
  type FormattedStyle,
} from './cite-parts'
// The official styles and locale, copied unchanged (see csl/README.md). Only the Cite dialog's
// worker imports this module, when the dialog first opens: citeproc and these files load then.
import apa from './csl/apa.csl?raw'
import chicago from './csl/chicago-author-date.csl?raw'
import harvard from './csl/harvard-cite-them-right.csl?raw'
import mla from './csl/modern-language-association.csl?raw'
import enUs from './csl/locales-en-US.xml?raw'

const styleFiles: Record<CslStyleName, string> = {
  APA: apa,
  Chicago: chicago,
  MLA: mla,
  Harvard: harvard,
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** A style's own name, as the `<title>` of its file gives it: "APA Style 7th edition". */
export function styleTitle(style: CslStyleName): string {
  const title = /<title>([^<]*)<\/title>/.exec(styleFiles[style])?.[1] ?? style
  return title.replace(/&(\w+);/g, (entity, name: string) => entities[name] ?? entity)
}

type Styler = { engine: InstanceType<typeof CSL.Engine>; items: Map<string, CslItem> }
const stylers = new Map<CslStyleName, Styler>()

// Building an engine from a large style takes citeproc a second or more: each is built once, on
// first use, and given new items after that.
function stylerOf(style: CslStyleName): Styler {
  const built = stylers.get(style)
  if (built) return built
  const items = new Map<string, CslItem>()
  const engine = new CSL.Engine(
    { retrieveLocale: () => enUs, retrieveItem: (id) => items.get(id) },
    styleFiles[style],
    'en-US',
    true,
  )
  engine.setOutputFormat('text')
  const styler = { engine, items }
  stylers.set(style, styler)
  return styler
}

/**
 * The references in one style, as citeproc formats them from the items, in the items' order.
 * They are formatted as one bibliography, so that two by the same author in the same year are
 * told apart (2023a, 2023b) as the style says; the locale is US English.
 */
export function formatReferences(style: CslStyleName, items: readonly CslItem[]): Citation {
  const { engine, items: known } = stylerOf(style)
  // The engine keeps the items it was given last: it is emptied first, so that an id cited again
  // with other details (another link, another day) is read afresh.
  engine.updateItems([])
  known.clear()
  for (const item of items) known.set(item.id, item)
  engine.updateItems(items.map((item) => item.id))
  const bibliography = engine.makeBibliography()
  if (!bibliography) throw new Error(`The ${style} style gives no bibliography.`)
  const [meta, entries] = bibliography
  const byId = new Map(meta.entry_ids.map(([id], index) => [id, entries[index]?.trim() ?? '']))
  return paragraphs(items.map((item) => byId.get(item.id) ?? ''))
}

/** The references in every style, each named by its file's own title. */
export const formatStyles = (items: readonly CslItem[]): FormattedStyle[] =>
  cslStyleNames.map((name) => ({
    name,
    title: styleTitle(name),
    citation: formatReferences(name, items),
  }))
