import { afterEach, expect, test, vi } from 'vitest'

// CI runs in UTC, where a day formatted in the machine's zone reads right by luck. Node applies a
// new TZ as soon as it is assigned, so the module is loaded afresh under zones on both sides of
// UTC, where reading the day in local time would show the day before or after.
const zones = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'Pacific/Pago_Pago',
]
const originalZone = process.env.TZ

afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ
  else process.env.TZ = originalZone
})

test.each(zones)('a day reads the same in the time zone %s', async (zone) => {
  process.env.TZ = zone
  vi.resetModules()
  const { formatDay } = await import('../../src/lib/format')
  // The zone is in force: local midnight of that day is not UTC midnight outside UTC.
  expect(new Date(2023, 8, 20).getTimezoneOffset() !== 0).toBe(zone !== 'UTC')
  expect(formatDay('2023-09-20')).toBe('20 September 2023')
  expect(formatDay('2023-09-01')).toBe('1 September 2023')
})
