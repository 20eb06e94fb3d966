import { existsSync } from 'node:fs'

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
