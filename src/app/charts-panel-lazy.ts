import { lazy } from 'react'

/** The charts with recharts, in their own chunk: the cards never wait for them. */
export const ChartsPanel = lazy(() =>
  import('../features/charts/components/charts-panel').then((module) => ({
    default: module.ChartsPanel,
  })),
)
