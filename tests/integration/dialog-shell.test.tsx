import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test } from 'vitest'
import { DialogShell } from '../../src/components/dialog-shell'

// A dialog opened by a plain button, not a Radix Trigger, as the Embed dialog is.
function Opener() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Embed
      </button>
      <DialogShell
        open={open}
        onClose={() => setOpen(false)}
        className="embed-dialog"
        title="Embed this view"
        description="The code to paste."
      >
        <p>Body</p>
      </DialogShell>
    </>
  )
}

test('the shell names the dialog, closes on Close or Esc, and gives the focus back to its opener', async () => {
  const user = userEvent.setup()
  render(<Opener />)
  await user.click(screen.getByRole('button', { name: 'Embed' }))
  const dialog = screen.getByRole('dialog', { name: 'Embed this view' })
  expect(dialog).toHaveAccessibleDescription('The code to paste.')
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus()

  await user.click(screen.getByRole('button', { name: 'Embed' }))
  await user.click(screen.getByRole('button', { name: 'Close' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Embed' })).toHaveFocus()
})
