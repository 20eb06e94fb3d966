import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

// Headless as root needs --no-sandbox (Chromium refuses to start its sandbox as root); the other
// flags stop background updates and sync, whose connections this closed network refuses.
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Finds an installed Chromium; a browser is never downloaded. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)))
  if (!found)
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.')
  return found
}

/**
 * Chromium for a measurement script: a fresh profile in a temporary folder (nothing cached from
 * an earlier run), at a desktop size. `close()` closes it and removes the profile.
 */
export async function launchFreshChromium(name: string) {
  const profile = mkdtempSync(join(tmpdir(), `${name}-`))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumFlags,
    viewport: { width: 1280, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const close = async () => {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
  return { context, page, close }
}

/** The port a server started with Vite's `preview()` listens on. */
export function previewPort(server: { httpServer: { address(): unknown } }): number {
  const address = server.httpServer.address()
  if (typeof address !== 'object' || address === null || !('port' in address))
    throw new Error('The preview server has no port.')
  return Number(address.port)
}
