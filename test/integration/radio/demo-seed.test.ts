import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateParts, weekdayOf } from '../../../src/broadcast/localDate'
import { instantFromLocal, STATION_TIME_ZONE } from '../../../src/lib/viDate'
import { stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, runScript, startLoaServer } from '../../support/loaServer'
import { rawRequest } from '../../support/rawHttp'
import { api, login, type Session } from '../../support/rest'
import { all, one, parseXml } from '../../support/xml'

/**
 * A newcomer starts the demo (`npm start` on an empty database) on a Wednesday at 09:00, when no slot
 * of the default schedule is due: the seed has built what aired before, so "Nghe lại", the home
 * player and the podcast have programmes. The server has PUBLIC_URL set, as in production: playout
 * devices get the same absolute addresses as the podcast, whatever Host a request names.
 */
const PUBLIC_URL = 'https://loa.example.vn'

/** The latest Wednesday 09:00 (station time) that has passed. */
function lastWednesdayNine(): { wednesday: string; now: Date } {
  let wednesday = stationToday()
  while (weekdayOf(wednesday) !== 3) wednesday = addDays(wednesday, -1)
  const at = (date: string) => instantFromLocal({ ...localDateParts(date), hour: 9, minute: 0 }, STATION_TIME_ZONE)
  if (at(wednesday).getTime() > Date.now()) wednesday = addDays(wednesday, -7)
  return { wednesday, now: at(wednesday) }
}

const { wednesday, now } = lastWednesdayNine()
const tuesday = addDays(wednesday, -1)
// One day back keeps the test to three renders: Tuesday 11:00 and 17:00, and Wednesday 05:10 (the
// rebroadcast of Tuesday 17:00). Tuesday 05:10 replays Monday, which is not built: left out.
const seedArgs = ['--now', now.toISOString(), '--aired-days', '1']

let server: LoaServer
let admin: Session

beforeAll(async () => {
  server = await startLoaServer({ seed: 'demo', seedArgs, env: { PUBLIC_URL } })
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

type Programme = { id: number; date: string; slotSlug: string; status: string; file: string; sha256: string; segments: { kind: string; source?: { collection: string; id: string } }[] }
const programmes = async (): Promise<Programme[]> => (await api(admin, 'GET', '/programmes?limit=100&sort=startsAt&depth=0')).json.docs
const items = (programme: Programme) => programme.segments.flatMap((segment) => (segment.source && segment.kind !== 'intro' && segment.kind !== 'outro' ? [`${segment.source.collection}:${segment.source.id}`] : []))

describe('the demo seed at an hour when nothing is due', () => {
  it('builds the programmes that have aired, rebroadcast after its source, and says what it does in Vietnamese', async () => {
    const built = await programmes()
    expect(built.map((p) => [p.date, p.slotSlug, p.status])).toEqual([
      [tuesday, 'trua', 'ready'],
      [tuesday, 'chieu', 'ready'],
      [wednesday, 'phat-lai-sang', 'ready'],
    ])
    // Wednesday's morning programme replays Tuesday afternoon's items, in their order.
    const [, afternoon, morning] = built
    expect(items(afternoon).length).toBeGreaterThan(0)
    expect(items(morning)).toEqual(items(afternoon))
    expect(server.seedOutput).toContain('Đang dựng 3 chương trình đã phát trong 1 ngày qua')
    expect(server.seedOutput).toMatch(/\[1\/3\] Thứ Ba \d{2}\/\d{2}\/\d{4} 11:00 Bản tin địa phương buổi trưa: đã dựng \(\d+,\d giây\)/)
    expect(server.seedOutput).toMatch(/\[3\/3\] Thứ Tư \d{2}\/\d{2}\/\d{4} 05:10 Phát lại chương trình địa phương chiều hôm trước: đã dựng \(\d+,\d giây\)/)
    expect(server.seedOutput).toMatch(/Đã dựng 3\/3 chương trình đã phát sau \d+,\d giây/)
  })

  it('lets a resident listen again, on /nghe-lai and the home page player', async () => {
    const listen = await (await fetch(`${server.baseUrl}/nghe-lai`)).text()
    expect(listen).not.toContain('Chưa có chương trình nào để nghe lại')
    for (const file of [`programmes/${tuesday}/trua.mp3`, `programmes/${tuesday}/chieu.mp3`, `programmes/${wednesday}/phat-lai-sang.mp3`]) {
      expect(listen).toContain(`src="/media/${file}"`)
    }
    // The home player offers the latest programme that has aired: Wednesday's 05:10.
    const home = await (await fetch(`${server.baseUrl}/`)).text()
    expect(home).toMatch(new RegExp(`<audio[^>]+src="/media/programmes/${wednesday}/phat-lai-sang.mp3"`))
    const media = await fetch(`${server.baseUrl}/media/programmes/${wednesday}/phat-lai-sang.mp3`, { headers: { Range: 'bytes=0-99' } })
    expect(media.status).toBe(206)
  })

  it('puts them in the podcast', async () => {
    const podcast = parseXml(await (await fetch(`${server.baseUrl}/podcast.xml`)).text())
    const enclosures = all(one(podcast, 'channel'), 'item').map((item) => one(item, 'enclosure').attrs.url)
    expect(enclosures).toEqual(
      expect.arrayContaining([
        `${PUBLIC_URL}/media/programmes/${tuesday}/trua.mp3`,
        `${PUBLIC_URL}/media/programmes/${tuesday}/chieu.mp3`,
        `${PUBLIC_URL}/media/programmes/${wednesday}/phat-lai-sang.mp3`,
      ]),
    )
  })

  it('does nothing the second time', async () => {
    const before = await programmes()
    const output = await runScript('scripts/seed.ts', seedArgs, server.env)
    expect(output).toContain('Đã có chương trình phát thanh, không dựng lại các chương trình đã phát.')
    expect(output).not.toContain('Đang dựng')
    const after = await programmes()
    expect(after.map((p) => [p.id, p.sha256])).toEqual(before.map((p) => [p.id, p.sha256]))
  })
})

describe('playlist URLs with PUBLIC_URL set', () => {
  const urlsOf = (entries: { slot: string; url: string | null }[]) => Object.fromEntries(entries.map((entry) => [entry.slot, entry.url]))

  it('are absolute public URLs in JSON and M3U, the same as the podcast enclosures; relays stay as they are', async () => {
    const podcast = await (await fetch(`${server.baseUrl}/podcast.xml`)).text()
    const enclosures = all(one(parseXml(podcast), 'channel'), 'item').map((item) => one(item, 'enclosure').attrs.url)
    for (const date of [tuesday, wednesday]) {
      const playlist = await (await fetch(`${server.baseUrl}/playlists/${date}.json`)).json()
      const m3u = await (await fetch(`${server.baseUrl}/playlists/${date}.m3u`)).text()
      const programmeUrls = playlist.entries.filter((entry: { kind: string; url: string | null }) => entry.kind !== 'relay' && entry.url).map((entry: { url: string }) => entry.url)
      expect(programmeUrls.length, JSON.stringify(playlist)).toBeGreaterThan(0)
      for (const url of programmeUrls) {
        expect(url.startsWith(`${PUBLIC_URL}/media/programmes/${date}/`)).toBe(true)
        expect(enclosures).toContain(url)
        expect(m3u.split('\n')).toContain(url)
      }
      const relay = playlist.entries.find((entry: { slot: string }) => entry.slot === 'tiep-song-tinh-sang')
      expect(relay.url).toBe('https://stream.example.vn/qbtv/radio-sang')
      expect(m3u.split('\n')).toContain('https://stream.example.vn/qbtv/radio-sang')
    }
    const tue = urlsOf((await (await fetch(`${server.baseUrl}/playlists/${tuesday}.json`)).json()).entries)
    expect(tue.chieu).toBe(`${PUBLIC_URL}/media/programmes/${tuesday}/chieu.mp3`)
  })

  it('do not follow a forged Host header', async () => {
    const honest = await (await fetch(`${server.baseUrl}/playlists/${wednesday}.json`)).json()
    const forgedJson = await rawRequest(server.baseUrl, { path: `/playlists/${wednesday}.json`, headers: { Host: 'evil.example' } })
    const forgedM3u = await rawRequest(server.baseUrl, { path: `/playlists/${wednesday}.m3u`, headers: { Host: 'evil.example' } })
    expect(forgedJson.status).toBe(200)
    expect(forgedM3u.status).toBe(200)
    expect(forgedJson.body).not.toContain('evil.example')
    expect(forgedM3u.body).not.toContain('evil.example')
    expect(urlsOf(JSON.parse(forgedJson.body).entries)).toEqual(urlsOf(honest.entries))
    expect(forgedM3u.body).toContain(`${PUBLIC_URL}/media/programmes/${wednesday}/phat-lai-sang.mp3`)
  })
})
