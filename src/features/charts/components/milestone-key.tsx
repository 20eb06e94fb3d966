import { createMeasure, lineHeight, wrap, type Measure } from '../text-measure'
import { TextLines, type SvgMode } from './marks'

const keyFont = { size: 12 }

/** The key's numbered lines, wrapped to the width. */
function keyLines(labels: readonly string[], width: number, measure: Measure) {
  const blocks: { lines: string[]; y: number }[] = []
  let top = 4
  labels.forEach((label, index) => {
    const lines = wrap(`${index + 1}. ${label}`, width, keyFont, measure)
    blocks.push({ lines, y: top + keyFont.size })
    top += lines.length * lineHeight(keyFont)
  })
  return { blocks, height: top + 4 }
}

/** The milestones' numbered key, as a list on the page and as lines of text in a download. */
export function MilestoneKey({ labels, svg }: { labels: readonly string[]; svg?: SvgMode }) {
  if (!svg)
    return (
      <ol className="milestone-key" aria-label="Milestones">
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ol>
    )
  const { blocks, height } = keyLines(labels, svg.width, svg.measure ?? createMeasure())
  return (
    <svg width={svg.width} height={height} aria-label="Milestones">
      {blocks.map((block, index) => (
        <TextLines key={index} lines={block.lines} x={0} y={block.y} font={keyFont} />
      ))}
    </svg>
  )
}
