import { lazy } from 'react'

/** The charts with recharts, in their own chunk: the cards never wait for them. */
export const Charts = lazy(() =>
  import('../features/charts/components/charts').then((module) => ({
    default: module.Charts,
  })),
)
