import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { articleDataset } from '../../mocks/handlers/dataset'
import { serveDataset } from '../../mocks/serve/node'
import { norvania } from '../fictional-event'
import { renderApp, resultCount } from '../render-app'
import { templateCodebook } from '../template-codebook'

test('a card leads with the actor’s words, marked as a quote, with speaker, date and channel', async () => {
  renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'United States' })
  expect(within(card).getByText('Urges Azerbaijan to halt')).toBeInTheDocument()
  expect(within(card).getByText('Quote')).toBeInTheDocument()
  expect(within(card).getByText('“immediately cease military actions”')).toBeInTheDocument()
  expect(within(card).getByText('Antony Blinken, U.S. Secretary of State')).toBeInTheDocument()
  expect(within(card).getByText('Phone call')).toBeInTheDocument()
  expect(within(card).getByRole('list', { name: 'Positions taken' })).toHaveTextContent(
    'Backs Armenia',
  )
})

test('what the article only paraphrases is shown as a paraphrase, never as a quote', async () => {
  renderApp()
  await resultCount()
  for (const name of ['European Union', 'France', 'Germany']) {
    const card = screen.getByRole('article', { name })
    expect(within(card).getByText('Paraphrase: the article’s words')).toBeInTheDocument()
    expect(within(card).queryByText('Quote')).not.toBeInTheDocument()
    expect(
      within(card).getByText(
        'the European Union, France and Germany condemned Azerbaijan’s military action.',
      ),
    ).toBeInTheDocument()
  }
})

test('the parties are marked as parties and kept apart', async () => {
  renderApp()
  await resultCount()
  const parties = screen.getByRole('region', { name: 'Parties to the conflict' })
  for (const card of within(parties).getAllByRole('article')) {
    expect(within(card).getByText('Party to the conflict')).toBeInTheDocument()
    expect(within(card).getByText('Not placed on the scale')).toBeInTheDocument()
  }
})

test('expanding a card shows every statement with its coding, and the source passage', async () => {
  const { user } = renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'Türkiye' })
  await user.click(within(card).getByRole('button', { name: /Show all 3 statements/ }))
  const derivation = within(card)
    .getByText(/How the stance is derived/)
    .closest('p')!
  expect(derivation).toHaveTextContent(
    'Decisive: the article reports this stance explicitly in 1 statement',
  )
  // The rule's words link to the glossary on the method page.
  expect(within(derivation).getByRole('link', { name: 'Decisive' })).toHaveAttribute(
    'href',
    expect.stringMatching(/view=method.*#glossary-decisive$/),
  )
  expect(within(card).getAllByText(/^Why:/)).toHaveLength(3)
  const viewButtons = within(card).getAllByRole('button', { name: 'View in source' })
  expect(viewButtons).toHaveLength(3)
  await user.click(viewButtons[0]!)
  const dialog = await screen.findByRole('dialog', { name: 'In the source: Türkiye' })
  const mark = await within(dialog).findByText((_, element) => element?.tagName === 'MARK')
  expect(mark.textContent).toContain('Türkiye expressed support for Baku’s operation')
  expect(within(dialog).getByLabelText('Article text')).toHaveTextContent('Lachin road')
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})

test('the event header shows the dates, the milestones, the source and the data version', async () => {
  renderApp()
  const header = await screen.findByRole('region', {
    name: /operation in Karabakh and the cease-fire/,
  })
  expect(header).toHaveTextContent('19 September 2023 – 21 September 2023')
  const timeline = within(header).getByRole('list', { name: 'Timeline' })
  expect(timeline).toHaveTextContent('13:00 local · The cease-fire takes hold')
  expect(timeline).toHaveTextContent('Talks in Yevlakh')
  expect(header).toHaveTextContent('Daily Sabah via Azerbaijan in Focus, 20 September 2023')
  expect(header).toHaveTextContent(
    'Data as of 7 December 2026 · dataset 2026-12-07.2 · codebook 3.1.0',
  )
})

test('the event header gives the dates once, and the picker its counts', async () => {
  const { unmount } = renderApp()
  const header = await screen.findByRole('region', {
    name: /operation in Karabakh and the cease-fire/,
  })
  // What the header shows with the picker's list of events closed.
  const shown = header.cloneNode(true) as HTMLElement
  shown.querySelector('[role="listbox"]')?.remove()
  expect(shown.textContent.split('19 September 2023 – 21 September 2023')).toHaveLength(2)
  expect(screen.getByRole('combobox', { name: 'Event' })).toHaveAccessibleDescription(
    '10 actors · 22 statements',
  )
  unmount()
  // Across every event the lede counts them, so the picker's hint does not say it again.
  renderApp('/?event=all')
  expect(await screen.findByText(/^1 event, with 22 statements by 10 actors/)).toBeVisible()
  expect(screen.getByRole('combobox', { name: 'Event' })).toHaveAccessibleDescription('')
})

test('with one event in view the cards leave its name to the header; across events each names it short', async () => {
  const { unmount } = renderApp()
  const card = await screen.findByRole('article', { name: 'Türkiye' })
  expect(card).not.toHaveTextContent(/operation in Karabakh|Azerbaijan’s operation/)
  unmount()
  renderApp('/?event=all')
  const across = await screen.findByRole('article', { name: 'Türkiye' })
  expect(within(across).getByText('Azerbaijan’s operation, September 2023')).toBeVisible()
})

test('the theme can be chosen, and the choice is remembered', async () => {
  const { user, unmount } = renderApp()
  await user.click(screen.getByRole('radio', { name: 'Dark' }))
  expect(document.documentElement.dataset.theme).toBe('dark')
  unmount()
  renderApp()
  expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
  expect(document.documentElement.dataset.theme).toBe('dark')
})

test('a card says in how many sources its stance rests on, and in whose words', async () => {
  renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'United Nations' })
  expect(within(card).getByText('In 1 source, quoting its own words.')).toBeInTheDocument()
})

test('a card says which of its statements its stance rests on, and which carry none', async () => {
  renderApp()
  await resultCount()
  const basis = (name: string) =>
    screen.getByRole('article', { name }).querySelector('.stance-based-on')
  expect(basis('United Nations')).toHaveTextContent('Based on its one statement.')
  // Beside "Show all 2 statements", the count says which one carries the stance.
  expect(basis('United States')).toHaveTextContent(
    'Based on 1 of its 2 statements, the only one that carries a stance; the other carries no stance.',
  )
  expect(basis('Türkiye')).toHaveTextContent(
    'Decisive: 1 of its 3 statements states it explicitly; 1 more carries a stance that does not change it; 1 carries no stance.',
  )
})

test('a statement coded with no stance says so in the words of the event in view', async () => {
  // The article's data served as if it were about the fictional Norvania's border closure: only
  // the words the page puts around the statements are looked at.
  const latest = { ...articleDataset.latest, codebook: templateCodebook, events: [norvania] }
  serveDataset({ ...articleDataset, versions: [latest], latest })
  const { user } = renderApp()
  await resultCount()
  const card = screen.getByRole('article', { name: 'Türkiye' })
  await user.click(within(card).getByRole('button', { name: /Show all 3 statements/ }))
  expect(within(card).getByText('Coded as: no stance toward the border closure')).toBeVisible()
})
