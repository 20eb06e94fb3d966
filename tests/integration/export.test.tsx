import { screen } from '@testing-library/react'
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { afterEach, expect, test, vi } from 'vitest'
import { renderApp, resultCount } from '../render-app'
import { readZip } from '../zip-read'

test('on a view with no statement, the downloads say there is nothing to download', async () => {
  const { user } = renderApp('/?from=2023-09-21')
  await screen.findByRole('button', { name: 'Clear all filters' })
  for (const name of ['Download CSV', 'Download JSON']) {
    const button = screen.getByRole('button', { name })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription(
      'Nothing to download: no statement matches these filters.',
    )
  }
  await user.click(screen.getByRole('button', { name: 'Download CSV' }))
  expect(screen.getByText(/^Nothing to download/, { selector: '[role="status"]' })).toBeVisible()
  expect(screen.getByRole('button', { name: 'Copy link' })).not.toHaveAttribute('aria-disabled')
})

test('on a view with statements, the downloads are offered', async () => {
  renderApp('/?stance=condemns')
  await resultCount()
  expect(screen.getByRole('button', { name: 'Download CSV' })).not.toHaveAttribute('aria-disabled')
  expect(screen.queryByText(/^Nothing to download/)).not.toBeInTheDocument()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Keeps what the page hands the browser to download. */
function catchDownloads(): Blob[] {
  const files: Blob[] = []
  URL.createObjectURL = (blob: Blob) => {
    files.push(blob)
    return `blob:test/${files.length}`
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
  return files
}

test('the view downloads as a Parquet file and as a data package, each with its statements', async () => {
  const files = catchDownloads()
  // Under jsdom, Uint8Array is the window's while TextEncoder (Node's) makes Node's own, and
  // hyparquet-writer checks encoded text with instanceof; a browser has one of each.
  vi.stubGlobal('Uint8Array', new TextEncoder().encode('').constructor)
  const { user } = renderApp('/?stance=condemns')
  await resultCount()
  await user.click(screen.getByRole('button', { name: 'Download Parquet' }))
  await screen.findByText(
    /^Downloaded 4 statements as reactions_karabakh-2023_condemns_[\d-]+\.parquet\.$/,
  )
  await user.click(screen.getByRole('button', { name: 'Download data package' }))
  await screen.findByText(
    /^Downloaded 4 statements as reactions_karabakh-2023_condemns_datapackage_[\d-]+\.zip\.$/,
  )
  const [parquet, zip] = files
  if (!parquet || !zip) throw new Error('no file was downloaded')
  expect([parquet.type, zip.type]).toEqual(['application/vnd.apache.parquet', 'application/zip'])
  const buffer = await parquet.arrayBuffer()
  const rows = await parquetReadObjects({ file: buffer })
  expect(rows.map((row) => String(row.actor))).toEqual([
    'European Union',
    'France',
    'Germany',
    'Armenia',
  ])
  expect(rows.every((row) => row.dataset === 'article' && row.stance === 'condemns')).toBe(true)
  const view = parquetMetadata(buffer).key_value_metadata?.find((item) => item.key === 'view')
  expect(view?.value).toBe(`${window.location.origin}/?stance=condemns`)
  const entries = readZip(new Uint8Array(await zip.arrayBuffer()))
  expect(entries.map((entry) => entry.name)).toEqual([
    'datapackage.json',
    'statements.csv',
    'quotes.csv',
    'positions.csv',
    'addressees.csv',
    'actors.csv',
    'events.csv',
  ])
  // Four statements and the header.
  expect(entries[1]?.bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(5)
})
