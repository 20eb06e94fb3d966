import { screen, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { setFaultPlan } from '../../mocks/faults'
import { renderApp } from '../render-app'

test('the first page lists the eight reacting actors with their derived stance', async () => {
  renderApp()
  const reacting = await screen.findByRole('region', { name: 'Reacting actors' })
  const cards = within(reacting).getAllByRole('article')
  expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
    'United States',
    'United Nations',
    'European Union',
    'France',
    'Germany',
    'Türkiye',
    'Russia',
    'Armenia',
  ])
  const stanceOf = (name: string) =>
    within(within(reacting).getByRole('article', { name })).getByText(
      /Supports|Calls on all sides|Urges Azerbaijan|Condemns/,
    ).textContent
  expect(stanceOf('United States')).toBe('Urges Azerbaijan to halt')
  expect(stanceOf('Türkiye')).toBe('Supports the operation')
  expect(stanceOf('Russia')).toBe('Calls on all sides')
  expect(stanceOf('France')).toBe('Condemns the operation')
})

test('the two parties are shown apart and marked as parties', async () => {
  renderApp()
  const parties = await screen.findByRole('region', { name: 'Parties to the conflict' })
  const cards = within(parties).getAllByRole('article')
  expect(cards).toHaveLength(2)
  for (const card of cards) {
    expect(within(card).getByText('Party to the conflict')).toBeInTheDocument()
    expect(within(card).getByText('Not placed on the scale')).toBeInTheDocument()
  }
})

test('shows the dataset version it was drawn from', async () => {
  renderApp()
  expect(
    await screen.findByText(/Data as of 2026-11-27 · dataset 2026-11-27\.1/),
  ).toBeInTheDocument()
})

test('a loading state is announced while the data comes', async () => {
  renderApp()
  expect(screen.getByRole('status', { name: /Loading the actors/ })).toBeInTheDocument()
  await screen.findByRole('region', { name: 'Reacting actors' })
  expect(screen.queryByRole('status', { name: /Loading the actors/ })).not.toBeInTheDocument()
})

test('a failed request shows an error with a retry that works', async () => {
  setFaultPlan({ stances: 'error' })
  const { user } = renderApp()
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The actors could not be loaded.')
  expect(alert).toHaveTextContent('Injected fault: the stances endpoint failed.')
  setFaultPlan({})
  await user.click(within(alert).getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('region', { name: 'Reacting actors' })).toBeInTheDocument()
})

test('a malformed answer is reported in words, not shown', async () => {
  setFaultPlan({ actors: 'malformed' })
  renderApp()
  expect(await screen.findByRole('alert')).toHaveTextContent('data in an unexpected shape')
})

test('an unreachable service is reported in words', async () => {
  setFaultPlan({ '*': 'offline' })
  renderApp()
  expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached')
})

test('the footer cites the source the data was coded from', async () => {
  renderApp()
  expect(
    await screen.findByText(
      /Source: “Azerbaijan says cease-fire achieved with separatists in Karabakh”, Daily Sabah via Azerbaijan in Focus, 20 September 2023/,
    ),
  ).toBeInTheDocument()
})
