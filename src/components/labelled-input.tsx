import { useId, type ComponentProps, type ReactNode } from 'react'

type Props = Omit<ComponentProps<'input'>, 'id'> & { label: ReactNode }

/**
 * An input and the label that names it, as two siblings: a form lays them out in its own grid,
 * so the label does not wrap the input. The pair is tied by an id of its own.
 */
export function LabelledInput({ label, ...input }: Props) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </>
  )
}
