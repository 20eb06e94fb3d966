import { z } from 'zod'

/** Every API answer wraps its payload as `{ data }`; this checks the wrapper and unwraps it. */
export const envelope = <T>(data: z.ZodType<T>): z.ZodType<T> =>
  z.object({ data }).transform((body): T => body.data)
