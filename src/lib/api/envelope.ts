import * as z from 'zod/mini'

/** Every API answer wraps its payload as `{ data }`; this checks the wrapper and unwraps it. */
export const envelope = <T>(data: z.ZodMiniType<T>): z.ZodMiniType<T> =>
  z.pipe(
    z.object({ data }),
    z.transform((body): T => body.data),
  )
