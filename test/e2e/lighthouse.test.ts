import { existsSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_PATH } from '../support/browser'
import { type LoaServer, startLoaServer } from '../support/loaServer'
import { anonymous, api } from '../support/rest'

/**
 * Issue 13, item 4: Lighthouse's mobile audit (its default: a phone screen, a slow 4G network and a
 * 4× slower CPU, simulated) gives the home page and an article with a picture at least 95 in
 * performance, accessibility, best practices and SEO; and on that first visit the console shows no
 * error and no redirect restarts the request (neither always costs 5 points, both cost a visitor).
 * On failure each message lists the audits that fell short (id, title, score, value).
 *
 * Each page is audited as a resident's first visit: a new Debian Chromium (chrome-launcher, the
 * flags this closed network needs, a fresh profile; never a downloaded browser) per audit, because
 * a browser remembers what a first visit taught it (a missing /favicon.ico, a Critical-CH header
 * that restarts the first request) and would hide it from the next audit. The server listens on
 * 127.0.0.1, which Lighthouse counts as a secure origin like localhost, so plain HTTP is not held
 * against the site here; production sits behind HTTPS.
 */
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]
const MINIMUM = 0.95
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
/**
 * Lighthouse simulates the phone's CPU by multiplying the main-thread work it observed, so other
 * work on this 2-core machine (parallel tests, the server itself) inflates Total Blocking Time from
 * run to run (seen: 20 to 900 ms for the same page). A performance score under the minimum is
 * measured again, up to three first visits in all, keeping the best; no new audit starts after
 * RETRY_UNTIL_MS of auditing, so the audits stay well under two minutes. Accessibility, best
 * practices and SEO do not depend on timing and are never retried.
 */
const PERFORMANCE_ATTEMPTS = 3
const RETRY_UNTIL_MS = 70_000

let server: LoaServer
type Audit = { scores: Record<Category, number>; failing: string[]; consoleErrors: string[]; redirects: string[] }
/** Per page: the audit with the best performance score, how many first visits it took, and what any of them logged or redirected. */
const visits: Record<string, { url: string; best: Audit; runs: number; consoleErrors: Set<string>; redirects: Set<string> }> = {}
let auditSeconds = 0

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Không thấy Chromium tại ${CHROMIUM_PATH}. Cài bằng: apt-get install -y chromium (hoặc đặt CHROMIUM_PATH).`)
  server = await startLoaServer({ seed: 'news' })
  // The newest article with a hero picture: above the fold, so it is the page's largest paint.
  const article = (await api(anonymous(server.baseUrl), 'GET', '/articles?where[heroImage][exists]=true&sort=-publishedAt&limit=1&depth=0')).json.docs[0] as { slug: string } | undefined
  if (!article) throw new Error('the demo content has no article with a hero picture')
  const started = Date.now()
  // One audit at a time: two at once would share the CPU and skew each other's timings.
  for (const [name, url] of Object.entries({ home: `${server.baseUrl}/`, article: `${server.baseUrl}/tin-tuc/${article.slug}` })) {
    const first = await auditFirstVisit(url)
    const visit = { url, best: first, runs: 1, consoleErrors: new Set(first.consoleErrors), redirects: new Set(first.redirects) }
    const onlyPerformanceShort = (audit: Audit) => audit.scores.performance < MINIMUM && CATEGORIES.every((id) => id === 'performance' || audit.scores[id] >= MINIMUM)
    while (visit.runs < PERFORMANCE_ATTEMPTS && onlyPerformanceShort(visit.best) && Date.now() - started < RETRY_UNTIL_MS) {
      const again = await auditFirstVisit(url)
      visit.runs += 1
      for (const line of again.consoleErrors) visit.consoleErrors.add(line)
      for (const line of again.redirects) visit.redirects.add(line)
      if (again.scores.performance > visit.best.scores.performance) visit.best = again
    }
    visits[name] = visit
  }
  auditSeconds = (Date.now() - started) / 1000
  console.log(`[lighthouse] ${JSON.stringify(Object.fromEntries(Object.entries(visits).map(([name, v]) => [name, { ...v.best.scores, runs: v.runs }])))} in ${auditSeconds.toFixed(1)} s`)
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

/** One first-visit audit: each category's score, every counted audit short of a perfect score in a category under the minimum, console errors and redirects. */
async function auditFirstVisit(url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const scores = {} as Record<Category, number>
    const failing: string[] = []
    for (const id of CATEGORIES) {
      const category = lhr.categories[id]
      scores[id] = category.score ?? 0
      if (scores[id] >= MINIMUM) continue
      for (const ref of category.auditRefs) {
        const found = lhr.audits[ref.id]
        // Audits that count (weight > 0) and fell short; informative and not-applicable ones have no score.
        if (ref.weight === 0 || found.score === null || found.score === 1) continue
        failing.push(`${id} ${Math.round(scores[id] * 100)}: ${found.id} "${found.title}" score ${found.score}${found.displayValue ? ` (${found.displayValue})` : ''}`)
      }
    }
    return { scores, failing, consoleErrors: consoleErrors(lhr.audits['errors-in-console']), redirects: redirects(lhr.audits.redirects) }
  } finally {
    chrome.kill()
  }
}

type AuditResult = { score: number | null; details?: unknown }
const rows = (audit: AuditResult | undefined) => (audit && audit.score !== null && audit.score < 1 ? ((audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []) : [])

/** Each error the page logged, and where it came from (e.g. "network: Failed to load resource … /favicon.ico"). */
function consoleErrors(audit: AuditResult | undefined): string[] {
  return rows(audit).map((item) => `${item.source}: ${item.description} (${(item.sourceLocation as { url?: string } | undefined)?.url ?? '?'})`)
}

/** Each hop of a redirect chain and the time it cost; the chain's last row is where it ended. */
function redirects(audit: AuditResult | undefined): string[] {
  const chain = rows(audit)
  return chain.slice(0, -1).map((item) => `${item.url} redirected, ${Math.round(Number(item.wastedMs))} ms lost`)
}

describe('Lighthouse, mobile, on a first visit to the home page and an article with a picture', () => {
  it('scores at least 95 in performance, accessibility, best practices and SEO', () => {
    const failing = Object.entries(visits).flatMap(([name, visit]) => visit.best.failing.map((line) => `${name} (${visit.url}, ${visit.runs} run(s)) ${line}`))
    expect(failing, `Lighthouse (mobile), audits in ${auditSeconds.toFixed(0)} s`).toEqual([])
    for (const [name, visit] of Object.entries(visits)) for (const id of CATEGORIES) expect(visit.best.scores[id], `${name} ${id}`).toBeGreaterThanOrEqual(MINIMUM)
  })

  it('logs no error in the browser console (a missing /favicon.ico is one)', () => {
    expect(Object.entries(visits).flatMap(([name, visit]) => [...visit.consoleErrors].map((line) => `${name}: ${line}`))).toEqual([])
  })

  it('is not redirected: the first request is answered, not restarted', () => {
    // Chromium restarts a navigation, shown as a 307 to the same address, when the answer carries
    // `Critical-CH` for a client hint the request lacked: one more round trip on a phone's network
    // for every first visit, and a second render of a cold page.
    expect(Object.entries(visits).flatMap(([name, visit]) => [...visit.redirects].map((line) => `${name}: ${line}`))).toEqual([])
  })
})
