import type { StanceId } from '../lib/vocabulary'
import type { StanceSummary } from '../lib/schemas/stance-summary'

/** Each stance has its own shape as well as its own colour, so the badge never relies on colour. */
const glyphs: Record<StanceId, string> = {
  supports: 'M8 2v12M2 8h12',
  'calls-on-all-sides': 'M2 8h12M5 5 2 8l3 3M11 5l3 3-3 3',
  'urges-halt': 'M5.5 2h5L14 5.5v5L10.5 14h-5L2 10.5v-5z',
  condemns: 'M3 3l10 10M13 3 3 13',
}

function Glyph({ stance }: { stance: StanceId }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={glyphs[stance]} />
    </svg>
  )
}

type Props = {
  stance: StanceId | null
  /** A mixed stance's two ends; the badge then shows both, side by side, instead of one. */
  range?: StanceSummary['range']
  /** The stance in words, which is also the badge's accessible name. */
  label: string
}

export function StanceBadge({ stance, range, label }: Props) {
  if (!stance && range) {
    // Split in two, each end in its own colour and shape, with a dashed outline no single stance
    // has; the words say "Mixed", so neither colour nor shape is needed to read it.
    return (
      <span className="stance-badge" data-stance="mixed">
        <span className="stance-badge-ends" aria-hidden="true">
          <span className="stance-badge-end" data-stance={range.from}>
            <Glyph stance={range.from} />
          </span>
          <span className="stance-badge-end" data-stance={range.to}>
            <Glyph stance={range.to} />
          </span>
        </span>
        {label}
      </span>
    )
  }
  return (
    <span className="stance-badge" data-stance={stance ?? 'none'}>
      {stance && <Glyph stance={stance} />}
      {label}
    </span>
  )
}
