import type { ReactNode } from 'react'

type Props<Item extends { id: string }> = {
  items: readonly Item[]
  /** The item chosen now: its button is pressed. */
  chosenId: string | undefined
  onChoose: (item: Item) => void
  /** What an item's button says. */
  children: (item: Item) => ReactNode
  className: string
  label?: string
}

/** A list of buttons, one per item, the chosen one pressed: the analyst's sources, found actors. */
export function ChoiceList<Item extends { id: string }>(props: Props<Item>) {
  const { items, chosenId, onChoose, children, className, label } = props
  return (
    <ul aria-label={label} className={className}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" aria-pressed={chosenId === item.id} onClick={() => onChoose(item)}>
            {children(item)}
          </button>
        </li>
      ))}
    </ul>
  )
}
