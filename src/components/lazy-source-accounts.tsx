import { lazy, Suspense, type ComponentProps } from 'react'

// Each source's account shows only where a second source reports an actor: it loads then, not
// with the first paint.
const SourceAccounts = lazy(() =>
  import('./source-accounts').then((module) => ({ default: module.SourceAccounts })),
)

/** The accounts of an actor's sources side by side, loaded when first shown. */
export function LazySourceAccounts(props: ComponentProps<typeof SourceAccounts>) {
  return (
    <Suspense fallback={null}>
      <SourceAccounts {...props} />
    </Suspense>
  )
}
