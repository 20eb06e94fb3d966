import { delay, HttpResponse } from 'msw'
import { problemResponse } from './problem'

/**
 * Faults the mock API can be told to inject, per resource, so that the UI's loading and error
 * states can be exercised: `error` answers 500, `slow` waits `slowMs` first, `malformed` answers
 * 200 with a body that fails the schema, `offline` fails as a network error would.
 */
export const faultKinds = ['error', 'slow', 'malformed', 'offline'] as const
export type FaultKind = (typeof faultKinds)[number]
export const resources = [
  'events',
  'actors',
  'statements',
  'stances',
  'sources',
  'codebook',
  'meta',
] as const
export type Resource = (typeof resources)[number]
export type FaultPlan = Partial<Record<Resource | '*', FaultKind>>

const settings: { plan: FaultPlan; latency: { min: number; max: number }; slowMs: number } = {
  plan: {},
  latency: { min: 0, max: 0 },
  slowMs: 3000,
}

const isFaultTarget = (value: string): value is Resource | '*' =>
  value === '*' || resources.some((resource) => resource === value)
const isFaultKind = (value: string): value is FaultKind => faultKinds.some((kind) => kind === value)

/** Parses `statements:error,actors:slow` (or `*:malformed`); unknown parts are reported, not thrown. */
export function parseFaultPlan(text: string): { plan: FaultPlan; problems: string[] } {
  const plan: FaultPlan = {}
  const problems: string[] = []
  for (const part of text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const [resource = '', fault = ''] = part.split(':')
    if (isFaultTarget(resource) && isFaultKind(fault)) {
      plan[resource] = fault
    } else {
      problems.push(
        `ignored mock fault "${part}": expected RESOURCE:FAULT with RESOURCE one of *, ${resources.join(', ')} and FAULT one of ${faultKinds.join(', ')}`,
      )
    }
  }
  return { plan, problems }
}

/** The plan as it is written, `stances:error, actors:slow`, to show a person what is injected. */
export function describeFaultPlan(plan: FaultPlan): string {
  return Object.entries(plan)
    .map(([resource, fault]) => `${resource}:${fault}`)
    .join(', ')
}

export function setFaultPlan(plan: FaultPlan): void {
  settings.plan = plan
}

export function setLatency(min: number, max = min): void {
  settings.latency = { min, max }
}

export function setSlowMs(ms: number): void {
  settings.slowMs = ms
}

export function resetFaults(): void {
  settings.plan = {}
  settings.latency = { min: 0, max: 0 }
  settings.slowMs = 3000
}

/** Waits the configured latency, then returns the fault's response, if one is planned. */
export async function injectFault(resource: Resource): Promise<Response | undefined> {
  const { min, max } = settings.latency
  if (max > 0) await delay(min + Math.round(Math.random() * (max - min)))
  const fault = settings.plan[resource] ?? settings.plan['*']
  switch (fault) {
    case 'slow':
      await delay(settings.slowMs)
      return undefined
    case 'error':
      return problemResponse(500, `Injected fault: the ${resource} endpoint failed.`)
    case 'malformed':
      return HttpResponse.json({ data: 'this is not what the schema promises' })
    case 'offline':
      return HttpResponse.error()
    default:
      return undefined
  }
}
