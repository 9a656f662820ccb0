import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readdirSync, renameSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoudness, probeAudio } from '../../../src/audio/probe'
import { addDays } from '../../../src/broadcast/localDate'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { ordinaryMonday } from '../../support/dates'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../../support/loaServer'
import { anonymous, api, login, type Session } from '../../support/rest'

let server: LoaServer
let admin: Session
// Two weeks back: programmes are public (listen again, podcast) only once they have aired. A week
// without holidays: the default schedule's calendar would leave the local slots out.
const monday = ordinaryMonday(-2)
const tuesday = addDays(monday, 1)
const wednesday = addDays(monday, 2)
const thursday = addDays(monday, 3)

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  // The seed's announcements start yesterday; these tests assemble days two weeks back.
  const announcements = await api(admin, 'PATCH', '/announcements?where[level][not_equals]=emergency', { validFrom: new Date(Date.now() - 30 * 86_400_000).toISOString() })
  expect(announcements.status, announcements.text).toBe(200)
})

afterAll(async () => {
  await server?.stop()
})

function runAssemble(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; output: string }> } {
  const child = spawn(process.execPath, [...NODE_FLAGS, 'scripts/assemble.ts', ...args], { cwd: ROOT, env: server.env })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })))
  return { child, done }
}

const programmePath = (date: string, slot: string) => path.join(server.workDir, 'media', 'programmes', date, `${slot}.mp3`)

async function programmeDoc(date: string, slot: string) {
  const found = await api(admin, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${slot}&depth=0`)
  return found.json.docs[0]
}

describe('assembling a day', () => {
  it('makes one loudness-normalised mono file per local slot, as long as its parts and gaps', async () => {
    const { code, output } = await runAssemble(['--date', monday]).done
    expect(code, output).toBe(0)
    expect(output).toMatch(/\[1\/2\] 11:00 trua/)
    expect(output).toMatch(/chieu: xong sau/)
    const doc = await programmeDoc(monday, 'chieu')
    expect(doc.status).toBe('ready')
    const file = programmePath(monday, 'chieu')
    const probe = await probeAudio(file)
    expect(probe.channels).toBe(1)
    expect(probe.sampleRate).toBe(44100)
    expect(probe.codec).toBe('mp3')
    const loudness = await measureLoudness(file)
    expect(Math.abs(loudness.integratedLufs - -16)).toBeLessThanOrEqual(1)
    expect(loudness.truePeakDbtp).toBeLessThanOrEqual(-1.5)
    const expected = doc.segments.reduce((sum: number, segment: { durationSeconds: number }) => sum + segment.durationSeconds, 0)
    expect(Math.abs(loudness.durationSeconds - expected)).toBeLessThanOrEqual(0.05)
    expect(doc.segments.map((segment: { kind: string }) => segment.kind)).toEqual(expect.arrayContaining(['intro', 'announcement', 'article', 'gap', 'outro']))
    // Residents can read finished programmes (listen again) without signing in.
    expect((await api(anonymous(server.baseUrl), 'GET', `/programmes/${doc.id}?depth=0`)).status).toBe(200)
  })

  it('shows the weekly grid and lets residents listen again, with items linking to their articles', async () => {
    const schedule = await fetch(`${server.baseUrl}/lich-phat-song`)
    expect(schedule.status).toBe(200)
    const grid = await schedule.text()
    expect(grid).toContain('05:10–05:30')
    expect(grid).toContain('Phát lại chương trình đã phát')
    expect(grid).toContain('Tiếp sóng đài cấp trên')
    // The W3C checker refuses aria-label on a span: the marks are hidden, the words are read.
    expect(grid).not.toMatch(/<span\b[^>]*aria-label=/)
    expect(grid).toContain('<span class="visually-hidden">có phát</span>')
    const listen = await fetch(`${server.baseUrl}/nghe-lai?ngay=${monday}`)
    expect(listen.status).toBe(200)
    const html = await listen.text()
    expect(html).toContain(`src="/media/programmes/${monday}/chieu.mp3"`)
    expect(html).toMatch(/download=""[^>]*>|<a href="\/media\/programmes\/[^"]+" download/)
    expect(html).toMatch(/<a href="\/tin-tuc\/[a-z0-9-]+">/)
    // The home page plays the latest programme; an article with a read-out has its own player.
    expect(await (await fetch(`${server.baseUrl}/`)).text()).toMatch(/<audio[^>]+src="\/media\/programmes\//)
    const readOut = (await api(admin, 'GET', '/audio-clips?where[kind][equals]=read-out&limit=1&depth=1')).json.docs[0]
    const articlePage = await (await fetch(`${server.baseUrl}/tin-tuc/${readOut.article.slug}`)).text()
    expect(articlePage).toContain(`src="/media/audio/${readOut.filename}"`)
  })

  it('lists assembled programmes in the podcast feed with enclosure length and duration', async () => {
    const xml = await (await fetch(`${server.baseUrl}/podcast.xml`)).text()
    expect(xml).toContain('xmlns:itunes=')
    const doc = await programmeDoc(monday, 'chieu')
    expect(xml).toContain(`url="${server.baseUrl}/media/programmes/${monday}/chieu.mp3" length="${doc.bytes}" type="audio/mpeg"`)
    expect(xml).toMatch(/<itunes:duration>\d{2}:\d{2}:\d{2}<\/itunes:duration>/)
  })

  it('is idempotent: a second run changes nothing, a forced rebuild gives the same bytes', async () => {
    const before = (await programmeDoc(monday, 'chieu')).sha256
    const again = await runAssemble(['--date', monday, '--slot', 'chieu']).done
    expect(again.output).toContain('chieu=unchanged')
    const forced = await runAssemble(['--date', monday, '--slot', 'chieu', '--force']).done
    expect(forced.output).toContain('chieu=assembled')
    expect((await programmeDoc(monday, 'chieu')).sha256).toBe(before)
  })

  it("puts Tuesday's own 05:10 programme of Monday afternoon in Tuesday's playlist, in JSON and M3U", async () => {
    const built = await runAssemble(['--date', tuesday, '--slot', 'phat-lai-sang']).done
    expect(built.code, built.output).toBe(0)
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${tuesday}.json`)).json()
    expect(playlist.timeZone).toBe('Asia/Ho_Chi_Minh')
    const first = playlist.entries[0]
    expect(first.start).toBe(`${tuesday}T05:10:00+07:00`)
    expect(first.kind).toBe('rebroadcast')
    expect(first.status).toBe('ready')
    expect(first.url).toBe(`${server.baseUrl}/media/programmes/${tuesday}/phat-lai-sang.mp3`)
    expect(first.sha256).toBe((await programmeDoc(tuesday, 'phat-lai-sang')).sha256)
    // Tuesday's own local programmes are not assembled yet: listed and marked, never dropped.
    const noon = playlist.entries.find((entry: { slot: string }) => entry.slot === 'trua')
    expect(noon.status).toBe('missing')
    const m3u = await (await fetch(`${server.baseUrl}/playlists/${tuesday}.m3u`)).text()
    expect(m3u.startsWith('#EXTM3U')).toBe(true)
    expect(m3u).toContain(`${server.baseUrl}/media/programmes/${tuesday}/phat-lai-sang.mp3`)
    expect(m3u.indexOf('phat-lai-sang.mp3')).toBeLessThan(m3u.indexOf('https://stream.example.vn/qbtv/radio-sang'))
    expect(m3u).toContain('# THIẾU: 11:00–11:15')
    const media = await fetch(first.url, { headers: { Range: 'bytes=0-99' } })
    expect(media.status).toBe(206)
  })

  it('keeps playing and offering the earlier file while a programme waits to be rebuilt', async () => {
    const doc = await programmeDoc(monday, 'chieu')
    const asked = await api(admin, 'POST', `/programmes/${doc.id}/rebuild`)
    expect(asked.status, JSON.stringify(asked.json)).toBe(200)
    expect((await programmeDoc(monday, 'chieu')).status).toBe('planned')
    const entries = (await (await fetch(`${server.baseUrl}/playlists/${monday}.json`)).json()).entries
    const afternoon = entries.find((entry: { slot: string }) => entry.slot === 'chieu')
    expect(afternoon).toMatchObject({ status: 'ready', url: `${server.baseUrl}/media/programmes/${monday}/chieu.mp3`, sha256: doc.sha256 })
    expect(afternoon.note).toBe('Chương trình đang chờ dựng lại; tạm phát bản đã dựng trước đó')
    expect(await (await fetch(`${server.baseUrl}/nghe-lai?ngay=${monday}`)).text()).toContain(`src="/media/programmes/${monday}/chieu.mp3"`)
    expect((await api(anonymous(server.baseUrl), 'GET', `/programmes/${doc.id}?depth=0`)).status).toBe(200)
    // The worker's next pass (here the assemble script) finishes the rebuild.
    const rebuilt = await runAssemble(['--date', monday, '--slot', 'chieu']).done
    expect(rebuilt.code, rebuilt.output).toBe(0)
    expect((await programmeDoc(monday, 'chieu')).status).toBe('ready')
  })

  it('leaves nothing at the final path when a worker is killed mid-render, and the next run completes it', async () => {
    const run = runAssemble(['--date', wednesday, '--slot', 'chieu'])
    let output = ''
    run.child.stdout?.on('data', (chunk) => (output += chunk))
    const deadline = Date.now() + 60_000
    while (!/chieu: [1-9]0%/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(output).toMatch(/chieu: [1-9]0%/)
    run.child.kill('SIGKILL')
    await run.done
    expect(existsSync(programmePath(wednesday, 'chieu'))).toBe(false)
    const next = await runAssemble(['--date', wednesday, '--slot', 'chieu']).done
    expect(next.code, next.output).toBe(0)
    expect(existsSync(programmePath(wednesday, 'chieu'))).toBe(true)
    expect((await programmeDoc(wednesday, 'chieu')).status).toBe('ready')
  })

  it('records a failed assembly with its ffmpeg log and a retry time, and publishes no file', async () => {
    const friday = addDays(monday, 4)
    const clips = (await api(admin, 'GET', '/audio-clips?where[kind][equals]=read-out&limit=1&depth=0')).json.docs
    const missing = path.join(server.workDir, 'media', 'audio', clips[0].filename)
    const aside = `${missing}.aside`
    renameSync(missing, aside)
    try {
      const run = await runAssemble(['--date', friday, '--slot', 'chieu']).done
      expect(run.code).toBe(1)
      expect(run.output).toContain('LỖI lần 1')
      const doc = await programmeDoc(friday, 'chieu')
      expect(doc.status).toBe('failed')
      expect(doc.attempts).toBe(1)
      expect(new Date(doc.nextAttemptAt).getTime()).toBeGreaterThan(Date.now())
      expect(doc.logTail).toMatch(/No such file|does not exist|Error/i)
      expect(existsSync(programmePath(friday, 'chieu'))).toBe(false)
    } finally {
      renameSync(aside, missing)
    }
    // Waiting for its retry time, a plain run leaves it; the technician's forced run completes it.
    expect((await runAssemble(['--date', friday, '--slot', 'chieu']).done).output).toContain('chieu=unchanged')
    expect((await runAssemble(['--date', friday, '--slot', 'chieu', '--force']).done).code).toBe(0)
    expect((await programmeDoc(friday, 'chieu')).status).toBe('ready')
  })

  it('has two workers started together produce each programme once', async () => {
    const [first, second] = await Promise.all([runAssemble(['--date', thursday]).done, runAssemble(['--date', thursday]).done])
    for (const slot of ['phat-lai-sang', 'trua', 'chieu']) {
      const assembled = [first.output, second.output].filter((output) => output.includes(`${slot}=assembled`))
      expect(assembled, `${first.output}\n----\n${second.output}`).toHaveLength(1)
      expect((await programmeDoc(thursday, slot)).status).toBe('ready')
    }
    const files = readdirSync(path.dirname(programmePath(thursday, 'chieu')))
    expect(files.sort()).toEqual(['chieu.mp3', 'phat-lai-sang.mp3', 'trua.mp3'])
  })
})
