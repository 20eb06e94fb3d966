import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { codebook } from '../../data/codebook'
import { event as articleEvent } from '../../data/event'
import { generateSyntheticDataset } from '../../data/synthetic/generate'
import { StanceBasis } from '../../src/features/reactions/components/stance-basis'
import { evidenceLine } from '../../src/features/reactions/evidence'
import { explanationInWords } from '../../src/lib/codebook/stance-label'
import { termsOf } from '../../src/lib/codebook/event-terms'
import { codebookLabels } from '../../src/lib/labels'
import type { StanceSummary } from '../../src/lib/schemas/stance-summary'
import { countsText } from '../../src/lib/workspace/counts'

// An actor at scale: thousands of statements, as the synthetic corpus gives its busiest actors.
const { statements, stances } = generateSyntheticDataset({ size: 200, seed: 2 })
const [first] = statements.filter((statement) => statement.stance === 'condemns')
if (!first) throw new Error('the corpus has no statement that condemns')
const many = Array.from({ length: 5332 }, (_, at) => ({
  ...first,
  id: `${first.id}-${at}`,
  // 1,818 quote the actor; 3,734 carry the reporter's verb that states the stance.
  textKind: at < 1818 ? first.textKind : ('paraphrase' as const),
  explicitStance: at < 3734,
}))
const labels = codebookLabels(codebook, termsOf(articleEvent))
const summary: StanceSummary = {
  ...(stances[0] as StanceSummary),
  status: 'derived',
  stance: 'condemns',
  basis: 'median',
  basedOn: 5332,
}

test('what a card’s stance rests on writes its counts grouped, as every count on the page', () => {
  render(<StanceBasis summary={summary} statements={many} labels={labels} />)
  expect(screen.getByText(/^of its 5,332 statements, those that carry a/)).toBeInTheDocument()
  expect(evidenceLine(summary, many)).toMatch(/^Rests on 5,332 statements in 1 source/)
})

test('the rule’s explanation is read with its counts grouped, years and ids left alone', () => {
  expect(
    explanationInWords(
      'Median of its 5332 statements with a stance: 3000 × condemns, 2332 × supports.',
      labels,
    ),
  ).toBe(
    'Median of its 5,332 statements with a stance: 3,000 coded condemns the operation, 2,332 coded supports the operation.',
  )
  expect(explanationInWords('Decisive since 2023: 12 statements.', labels)).toBe(
    'Decisive since 2023: 12 statements.',
  )
})

test('the workspace counts what it holds the same way', () => {
  expect(countsText({ sources: 2, versions: 2, statements: 12345, events: 1, actors: 0 })).toMatch(
    /12,345 statements/,
  )
})
