import type { Problem } from '../schemas/problem'

export type ApiErrorKind = 'network' | 'http' | 'invalid-response'

/** A failed API call, with a message a person can read. */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { status?: number; problem?: Problem; path: string },
  ) {
    super(message)
  }

  /** Client errors and answers in the wrong shape will fail the same way again; the rest may pass on a retry. */
  get isRetryable(): boolean {
    if (this.kind === 'invalid-response') return false
    return !(this.kind === 'http' && this.details.status !== undefined && this.details.status < 500)
  }
}
