import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** Chromium's fake microphone (a beeping tone), granted without a prompt: for tests that record audio. */
export const FAKE_MICROPHONE = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']

/** Debian's Chromium, headless, with the flags this closed network needs (plus `extraArgs`). Never downloads a browser. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
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
      ...extraArgs,
    ],
  })
}

/** Waits until the locator is shown (or fails after `timeout`), then reports whether it is visible. */
export async function isShown(locator: import('playwright-core').Locator, timeout = 15_000): Promise<boolean> {
  await locator.waitFor({ state: 'visible', timeout })
  return locator.isVisible()
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's serious and critical accessibility violations on the page (or in the first element matching `selector`), one line each (rule: elements). */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = (await page.evaluate(async (within) => {
    const context = within ? document.querySelector(within) : document
    if (!context) throw new Error(`no element matches ${within}`)
    const result = await (window as unknown as { axe: { run: (context: Element | Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(context)
    return result.violations
  }, selector ?? null)) as { id: string; impact: string; nodes: { target: string[] }[] }[]
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Signs in on the admin's login page (Vietnamese labels) and waits for the dashboard. */
export async function signInToAdmin(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<Page> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Mật khẩu').fill(account.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(/\/admin$/)
  return page
}
