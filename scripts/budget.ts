// Checks the built site against its size budgets: the JavaScript of the first paint (the entry
// and its static imports) must stay small and must not contain recharts, which loads with the
// charts afterwards; the world map's boundary data loads after the charts. Run after `npm run build`: `npm run budget`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { z } from 'zod/mini'

const dist = 'dist'
const budgets = {
  // The first paint hydrates the prerendered page, picks the event, switches the layout and knows
  // the synthetic dataset; the schemas that check the API's answers, the corpus, the table, the
  // virtualiser and the strips load only when asked for. The engine that filters every dataset is
  // in it (about 3.7 KB gzip, in place of the page's own filter, so that filters combine in one
  // place); with it Lighthouse still scores 100 on a phone, LCP 0.89 s, TBT 58 ms. Codebook 3 adds
  // about 1 KB: the labels are filled with the event in view's words from the first paint, search
  // finds a statement by its own event's words, and the header names the initiator and action.
  // 116.5: one rule says which address is an embed, for the page's framing guard as for the
  // servers, the footer says whose words are in view, and a card nests a quotation's own marks.
  // 118.5: the keyboard's skip links, named landmarks and one tab stop per filter (0.7 KB), the
  // printed pages' running line (0.2), the actor picker's closed look (0.4), and counts written
  // one way with events named short (0.6). 119.5: search answers from a token index of the
  // statements' words, the same code at 22 statements as at a million (0.9).
  firstPaintGzipKb: 119.5,
  // 161: the gazetteer the charts share carries each actor's other names and seats for search.
  // 162: each chart's caption of its filters, "Cite this chart" and its image for the embed.
  chartsGzipKb: 162,
  chartExportGzipKb: 8,
  mapGzipKb: 50,
  embedResizerGzipKb: 1,
}

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.optional(z.boolean()),
    src: z.optional(z.string()),
    imports: z.optional(z.array(z.string())),
    dynamicImports: z.optional(z.array(z.string())),
  }),
)
const manifestPath = join(dist, '.vite', 'manifest.json')
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run \`npm run build\` first.`)
  process.exit(1)
}
const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')))

/** A chunk and every chunk it imports statically: what the browser must load before it runs. */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const next of manifest[key]?.imports ?? []) staticClosure(next, seen)
  return seen
}

const gzipKb = (file: string) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024
const bundles = (file: string): string[] => {
  const map = join(dist, `${file}.map`)
  if (!existsSync(map)) return []
  const parsed = z
    .object({ sources: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(map, 'utf8')))
  return parsed.sources
}
const containsRecharts = (file: string) =>
  bundles(file).some((source) => source.includes('node_modules/recharts/'))

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
const chartsKey = Object.keys(manifest).find((key) => key.endsWith('charts/components/charts.tsx'))
const chartExportKey = Object.keys(manifest).find((key) => key.endsWith('charts/export/index.ts'))
// The map's code comes with the charts; its boundaries (world-atlas) load when it first draws.
const mapKeys = Object.keys(manifest).filter((key) => key.endsWith('countries-110m.json'))
if (!entryKey || !chartsKey || !chartExportKey || mapKeys.length !== 1) {
  console.error(
    'The manifest has no entry, no charts chunk, no chart export chunk or no map boundaries chunk.',
  )
  process.exit(1)
}
const files = (keys: Set<string>) => [...keys].map((key) => manifest[key]?.file ?? key)
const firstPaint = files(staticClosure(entryKey))
const charts = files(staticClosure(chartsKey)).filter((file) => !firstPaint.includes(file))
// The drawing code for PNG and SVG downloads loads on the first download, not with the charts.
const chartExport = files(staticClosure(chartExportKey)).filter(
  (file) => !firstPaint.includes(file) && !charts.includes(file),
)
const map = [...new Set(mapKeys.flatMap((key) => files(staticClosure(key))))].filter(
  (file) => !firstPaint.includes(file) && !charts.includes(file),
)
const sum = (list: string[]) => list.reduce((total, file) => total + gzipKb(file), 0)

const report = {
  firstPaint: {
    files: firstPaint,
    gzipKb: Number(sum(firstPaint).toFixed(1)),
    recharts: firstPaint.some(containsRecharts),
  },
  charts: {
    files: charts,
    gzipKb: Number(sum(charts).toFixed(1)),
    recharts: charts.some(containsRecharts),
  },
  chartExport: {
    files: chartExport,
    gzipKb: Number(sum(chartExport).toFixed(1)),
    lazy: !charts.includes(manifest[chartExportKey]?.file ?? ''),
  },
  map: {
    files: map,
    gzipKb: Number(sum(map).toFixed(1)),
    lazy: mapKeys.every((key) => {
      const file = manifest[key]?.file ?? key
      return !firstPaint.includes(file) && !charts.includes(file)
    }),
  },
  embedResizer: { file: 'embed-resizer.js', gzipKb: Number(gzipKb('embed-resizer.js').toFixed(2)) },
  budgets,
}
console.table({
  'first paint': {
    'gzip KB': report.firstPaint.gzipKb,
    budget: budgets.firstPaintGzipKb,
    recharts: report.firstPaint.recharts,
  },
  'embed resizer': {
    'gzip KB': report.embedResizer.gzipKb,
    budget: budgets.embedResizerGzipKb,
    recharts: false,
  },
  'charts (lazy)': {
    'gzip KB': report.charts.gzipKb,
    budget: budgets.chartsGzipKb,
    recharts: report.charts.recharts,
  },
  'chart export (on download)': {
    'gzip KB': report.chartExport.gzipKb,
    budget: budgets.chartExportGzipKb,
    recharts: chartExport.some(containsRecharts),
  },
  'map boundaries (after the charts)': {
    'gzip KB': report.map.gzipKb,
    budget: budgets.mapGzipKb,
    recharts: map.some(containsRecharts),
  },
})
mkdirSync('reports', { recursive: true })
writeFileSync('reports/budget.json', `${JSON.stringify(report, null, 2)}\n`)

const failures = [
  report.firstPaint.recharts && 'the first paint loads recharts',
  report.firstPaint.gzipKb > budgets.firstPaintGzipKb &&
    `the first paint is ${report.firstPaint.gzipKb} KB gzip (budget ${budgets.firstPaintGzipKb})`,
  report.charts.gzipKb > budgets.chartsGzipKb &&
    `the charts are ${report.charts.gzipKb} KB gzip (budget ${budgets.chartsGzipKb})`,
  !report.charts.recharts && 'the charts chunk has no recharts: the check itself is broken',
  !report.chartExport.lazy && 'the chart export code loads with the charts',
  report.chartExport.gzipKb > budgets.chartExportGzipKb &&
    `the chart export is ${report.chartExport.gzipKb} KB gzip (budget ${budgets.chartExportGzipKb})`,
  !report.map.lazy && 'the world map loads with the first paint or the charts',
  report.map.gzipKb > budgets.mapGzipKb &&
    `the map is ${report.map.gzipKb} KB gzip (budget ${budgets.mapGzipKb})`,
  report.embedResizer.gzipKb > budgets.embedResizerGzipKb &&
    `the embed resizer is ${report.embedResizer.gzipKb} KB gzip (budget ${budgets.embedResizerGzipKb})`,
].filter((failure): failure is string => typeof failure === 'string')
for (const failure of failures) console.error(`over budget: ${failure}`)
process.exit(failures.length > 0 ? 1 : 0)
