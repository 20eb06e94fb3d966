import { expect, test } from 'vitest'
import { event } from '../../data/event'
import { statements } from '../../data/statements'
import { buildTimeline } from '../../src/features/event/timeline'
import { migrateTheme } from '../../src/features/theme/theme-store'

test('the timeline puts milestones and exactly dated statements on their days', () => {
  const { days, undated } = buildTimeline(event, statements)
  expect(days.map((day) => day.day)).toEqual(['2023-09-19', '2023-09-20', '2023-09-21'])
  expect(days[1]?.milestones.map((milestone) => milestone.id)).toEqual(['cease-fire'])
  expect(days[1]?.statements.map((statement) => statement.id)).toContain(
    'russia-foreign-ministry-telegram',
  )
  expect(days[0]?.statements.map((statement) => statement.id)).toContain('turkiye-erdogan-unga')
  // The article gives no day for these: they are not put on a guessed one.
  expect(undated.map((statement) => statement.id)).toContain('un-guterres-end-fighting')
  expect(days.flatMap((day) => day.statements)).not.toContainEqual(
    expect.objectContaining({ id: 'us-blinken-calls' }),
  )
})

test('a stored theme of any version is read, and garbage falls back to the system', () => {
  expect(migrateTheme({ theme: 'dark' })).toEqual({ theme: 'dark' })
  expect(migrateTheme({ dark: false })).toEqual({ theme: 'light' })
  expect(migrateTheme({ theme: 'purple' })).toEqual({ theme: 'system' })
  expect(migrateTheme('nonsense')).toEqual({ theme: 'system' })
  expect(migrateTheme(null)).toEqual({ theme: 'system' })
})
