// autocannon ships no types; this is the part of its documented API (README, "Results") the API
// benchmark uses.
declare module 'autocannon' {
  type Histogram = { average: number; p50: number; p99: number; max: number; total: number }
  type Request = { method?: string; path?: string; headers?: Record<string, string> }
  type Options = {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    headers?: Record<string, string>
    /** Each connection's requests in turn; `setupRequest` may change one before it is sent. */
    requests?: { setupRequest?: (request: Request) => Request }[]
  }
  type Result = {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    duration: number
    errors: number
    timeouts: number
    non2xx: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
