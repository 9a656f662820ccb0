import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LoaServer, startLoaServer } from '../support/loaServer'
import { anonymous, api } from '../support/rest'

/**
 * Issue 13, item 4: every public page type is valid HTML for the W3C Nu checker (the `vnu-jar`
 * package; it needs a Java runtime, which `.ci/run` installs): every demo article (tables, images,
 * quotes, lists), the home page, a category, a tag, search with and without a query, the schedule,
 * "Nghe lại", the live page and the 404 page.
 */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))
let server: LoaServer

beforeAll(async () => {
  if (spawnSync('java', ['-version']).error) throw new Error('Kiểm tra HTML (vnu-jar) cần Java. Cài bằng: apt-get install -y default-jre-headless')
  server = await startLoaServer({ seed: 'full' })
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

type VnuMessage = { type: string; url: string; lastLine?: number; message: string; extract?: string }

describe('the W3C Nu HTML checker', () => {
  it('finds no error on any public page type', async () => {
    const visitor = anonymous(server.baseUrl)
    const articles = (await api(visitor, 'GET', '/articles?limit=100&depth=0')).json.docs as { slug: string }[]
    const tag = (await api(visitor, 'GET', '/tags?limit=1&depth=0')).json.docs[0]
    const category = (await api(visitor, 'GET', '/categories?limit=1&depth=0')).json.docs[0]
    const paths = ['/', `/chuyen-muc/${category.slug}`, `/tag/${tag.slug}`, '/tim-kiem?q=dong+le', '/tim-kiem', '/lich-phat-song', '/nghe-lai', '/nghe-truc-tiep', '/khong-co-trang-nay', ...articles.map((article) => `/tin-tuc/${article.slug}`)]
    expect(articles.length).toBeGreaterThan(10)
    const dir = mkdtempSync(path.join(tmpdir(), 'loa-vnu-'))
    const files = await Promise.all(
      paths.map(async (pathname, index) => {
        const html = await (await fetch(`${server.baseUrl}${pathname}`)).text()
        expect(html, pathname).toMatch(/^<!DOCTYPE html>/i)
        const file = path.join(dir, `${index}.html`)
        writeFileSync(file, html)
        return { file, pathname }
      }),
    )
    // --exit-zero-always: the answer is read from the JSON report, not from the exit status.
    // The checker writes its report to stderr.
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files.map((f) => f.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(run.status, run.stderr.slice(0, 2000)).toBe(0)
    const report = run.stderr.trim()
    const pathOf = new Map(files.map((f) => [path.basename(f.file), f.pathname]))
    const errors = (JSON.parse(report || '{"messages":[]}').messages as VnuMessage[]).map((m) => `${pathOf.get(path.basename(decodeURIComponent(m.url))) ?? m.url}:${m.lastLine ?? '?'} ${m.message}`)
    expect(errors).toEqual([])
  })
})
