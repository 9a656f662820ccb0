import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags this closed network needs. Never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Không thấy Chromium tại ${CHROMIUM_PATH}. Cài bằng: apt-get install -y chromium (hoặc đặt CHROMIUM_PATH).`)
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Waits until the locator is shown (or fails after `timeout`), then reports whether it is visible. */
export async function isShown(locator: import('playwright-core').Locator, timeout = 15_000): Promise<boolean> {
  await locator.waitFor({ state: 'visible', timeout })
  return locator.isVisible()
}
