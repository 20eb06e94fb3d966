import type { StanceId } from '../lib/schemas/codebook'

/** Each stance has its own shape as well as its own colour, so the badge never relies on colour. */
const glyphs: Record<StanceId, string> = {
  supports: 'M8 2v12M2 8h12',
  'calls-on-all-sides': 'M2 8h12M5 5 2 8l3 3M11 5l3 3-3 3',
  'urges-halt': 'M5.5 2h5L14 5.5v5L10.5 14h-5L2 10.5v-5z',
  condemns: 'M3 3l10 10M13 3 3 13',
}

export function StanceBadge({ stance, label }: { stance: StanceId | null; label: string }) {
  return (
    <span className="stance-badge" data-stance={stance ?? 'none'}>
      {stance && (
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d={glyphs[stance]} />
        </svg>
      )}
      {label}
    </span>
  )
}
