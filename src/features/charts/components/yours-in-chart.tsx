import { createContext, useContext, type ReactNode } from 'react'
import { YoursMark } from '../../../components/yours-mark'
import { noneYours, type YoursInView } from '../yours'

// Read by each chart's table and drawing, so the panel marks the analyst's records once for all.
const YoursContext = createContext<YoursInView>(noneYours)

export function YoursInCharts({ value, children }: { value: YoursInView; children: ReactNode }) {
  return <YoursContext value={value}>{children}</YoursContext>
}

export const useYours = () => useContext(YoursContext)

/** A name in a chart's table, followed by the Yours mark when `yours`. */
export function MarkedName({ name, yours }: { name: string; yours: boolean }) {
  return yours ? (
    <>
      {name} <YoursMark />
    </>
  ) : (
    name
  )
}
