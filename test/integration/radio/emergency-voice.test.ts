import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoudness, probeAudio } from '../../../src/audio/probe'
import { generateTone } from '../../../src/audio/testAudio'
import { stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, startLoaServer } from '../../support/loaServer'
import { api, graphql, type Roles, type Session, sessionsForEveryRole } from '../../support/rest'
import { getRaw, uploadFile, uploadToneClip } from '../../support/uploads'

/**
 * Issue 12, item 5: a storm warning typed without a recording goes on air at once in a synthetic
 * voice. The server is configured with FPT.AI at a local stand-in that is down (it drops every
 * connection) or, for one test, hangs: every clip here proves the local espeak-ng voice speaks when
 * the provider cannot, and the stand-in counts that the provider was asked first.
 *
 * espeak-ng is reached through a wrapper first on the server's PATH that the tests can break (a
 * "broken" file beside it): the warning saved while no voice can be made, and "Phát ngay" after.
 */
let server: LoaServer
let roles: Roles
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-emergency-voice-'))
const wrapperDir = path.join(scratch, 'bin')
const BROKEN = path.join(wrapperDir, 'broken')
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
/** FPT.AI's endpoint, down: 'drop' closes each connection unanswered, 'hang' never answers. */
let providerMode: 'drop' | 'hang' = 'drop'
let providerRequests = 0
const provider = createServer((req, res) => {
  providerRequests++
  if (providerMode === 'drop') req.socket.destroy()
  else res.on('close', () => undefined)
})
const STORM = 'Bão số 5 đổ bộ vào chiều nay. Bà con không ra khơi, neo đậu tàu thuyền, gia cố nhà cửa.'

function realEspeak(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'espeak-ng')
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  throw new Error('espeak-ng is not installed (apt-get install espeak-ng)')
}

const emergency = (session: Session, fields: Record<string, unknown>) =>
  api(session, 'POST', '/announcements', { title: 'Cảnh báo bão số 5', text: STORM, level: 'emergency', validFrom: hours(-1), validTo: hours(6), ...fields })
const announcementDoc = async (id: number) => (await api(roles.admin, 'GET', `/announcements/${id}?depth=0`)).json
const clipDoc = async (id: number) => (await api(roles.admin, 'GET', `/audio-clips/${id}?depth=0`)).json
const clipOf = (value: unknown): number | null => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number | null))

beforeAll(async () => {
  // The wrapper: fails like a broken install while BROKEN exists, otherwise runs the real espeak-ng.
  mkdirSync(wrapperDir)
  writeFileSync(path.join(wrapperDir, 'espeak-ng'), `#!/bin/sh\nif [ -e '${BROKEN}' ]; then echo 'espeak-ng: hỏng (kiểm thử)' >&2; exit 1; fi\nexec '${realEspeak()}' "$@"\n`)
  chmodSync(path.join(wrapperDir, 'espeak-ng'), 0o755)
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve))
  const providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/hmi/tts/v5`
  server = await startLoaServer({
    env: { PATH: `${wrapperDir}${path.delimiter}${process.env.PATH}`, LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: 'khoa-thu-nghiem', LOA_TTS_URL: providerUrl },
  })
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
}, 300_000)

afterAll(async () => {
  await server?.stop()
  provider.closeAllConnections()
  provider.close()
  rmSync(scratch, { recursive: true, force: true })
})

describe('a storm warning typed without a recording', () => {
  let id: number
  let clipId: number

  it('is saved with a synthetic clip, the local voice standing in for the unreachable provider: decodable and measured', async () => {
    const asked = providerRequests
    const started = Date.now()
    const created = await emergency(roles.technician, {})
    expect(created.status, created.text).toBe(201)
    // The save returns with the clip attached: no second step, no waiting for a worker; the provider
    // was asked first (twice: one retry), then the local voice spoke.
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(providerRequests - asked).toBe(2)
    id = created.json.doc.id
    clipId = clipOf(created.json.doc.clip)!
    expect(clipId).toBeTruthy()

    const clip = await clipDoc(clipId)
    expect(clip).toMatchObject({ kind: 'announcement', title: 'Cảnh báo bão số 5 (giọng máy đọc)', synthetic: { engine: 'espeak-ng', voice: 'vi' } })
    expect(clip.synthetic.spokenText).toContain('neo đậu tàu thuyền')
    expect(clip.durationSeconds).toBeGreaterThan(2)
    expect(Number.isFinite(clip.loudnessLufs)).toBe(true)

    const file = await getRaw(roles.admin, `/media/audio/${clip.filename}`)
    expect(file.status).toBe(200)
    const local = path.join(scratch, clip.filename)
    writeFileSync(local, file.bytes)
    const probe = await probeAudio(local)
    expect(probe.durationSeconds).toBeGreaterThan(2)
    const loudness = await measureLoudness(local)
    expect(loudness.integratedLufs).toBeGreaterThan(-40)
  })

  it("is in today's playlist at once, ready to interrupt, and its file is fetchable by a playout device", async () => {
    const clip = await clipDoc(clipId)
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${stationToday()}.json`)).json()
    const entry = playlist.entries.find((e: { slot: string }) => e.slot === `khan-cap-${id}`)
    expect(entry).toMatchObject({ kind: 'emergency', interrupt: true, status: 'ready', url: `${server.baseUrl}/media/audio/${clip.filename}` })
    expect(entry.durationSeconds).toBeGreaterThan(2)
    const anonymous = await fetch(entry.url)
    expect(anonymous.status).toBe(200)
  })

  it('"Phát ngay" puts it on air', async () => {
    const released = await api(roles.approver, 'POST', `/announcements/${id}/release`)
    expect(released.status, released.text).toBe(200)
    expect(released.json.message).toMatch(/^Đã phát lệnh phát ngay:/)
    expect(await announcementDoc(id)).toMatchObject({ clip: clipId, stoppedAt: null })
    expect((await announcementDoc(id)).releasedAt).toBeTruthy()
  })

  it('a new text makes a new clip; an edit that leaves the text alone keeps it', async () => {
    const retitled = await api(roles.technician, 'PATCH', `/announcements/${id}`, { title: 'Cảnh báo bão số 5 (cập nhật)' })
    expect(retitled.status, retitled.text).toBe(200)
    expect(clipOf(retitled.json.doc.clip)).toBe(clipId)

    const edited = await api(roles.technician, 'PATCH', `/announcements/${id}`, { text: 'Bão số 5 đổ bộ lúc 16 giờ. Bà con vào nơi trú ẩn tại nhà văn hóa xã.' })
    expect(edited.status, edited.text).toBe(200)
    const newClipId = clipOf(edited.json.doc.clip)!
    expect(newClipId).not.toBe(clipId)
    const clip = await clipDoc(newClipId)
    expect(clip.synthetic.engine).toBe('espeak-ng')
    expect(clip.synthetic.spokenText).toContain('nhà văn hóa xã')
    // What aired before is kept in the library (the as-run log may point at it).
    expect((await clipDoc(clipId)).id).toBe(clipId)
    clipId = newClipId
  })

  it('a human recording replaces the synthetic one and is never replaced by a voice, whatever the text becomes', async () => {
    const recording = await uploadToneClip(roles.technician, scratch, 'ghi-am.mp3', { seconds: 3, frequency: 220, levelDb: -20, kind: 'speechlike' }, { title: 'Ghi âm tin bão', kind: 'announcement' })
    const attached = await api(roles.technician, 'PATCH', `/announcements/${id}`, { clip: recording.id })
    expect(attached.status, attached.text).toBe(200)
    expect(clipOf(attached.json.doc.clip)).toBe(recording.id)
    const edited = await api(roles.editor, 'PATCH', `/announcements/${id}`, { text: 'Bão số 5 đã vào đất liền, bà con tiếp tục ở nơi trú ẩn.' })
    expect(edited.status, edited.text).toBe(200)
    expect(clipOf(edited.json.doc.clip)).toBe(recording.id)
    // Created with a recording: kept as is.
    const recorded = await emergency(roles.editor, { title: 'Cảnh báo lũ quét', clip: recording.id })
    expect(recorded.status, recorded.text).toBe(201)
    expect(clipOf(recorded.json.doc.clip)).toBe(recording.id)
  })

  it('a priority or normal announcement without a recording is not given a voice (it waits for someone to record it)', async () => {
    for (const level of ['priority', 'normal']) {
      const created = await emergency(roles.technician, { level, title: `Thông báo ${level}` })
      expect(created.status, created.text).toBe(201)
      expect(created.json.doc.clip ?? null).toBeNull()
    }
  })

  it('an announcement raised to emergency gets its voice then', async () => {
    const created = await emergency(roles.technician, { level: 'normal', title: 'Thông báo nâng thành khẩn cấp' })
    expect(created.json.doc.clip ?? null).toBeNull()
    const raised = await api(roles.technician, 'PATCH', `/announcements/${created.json.doc.id}`, { level: 'emergency' })
    expect(raised.status, raised.text).toBe(200)
    expect((await clipDoc(clipOf(raised.json.doc.clip)!)).synthetic.engine).toBe('espeak-ng')
  })
})

describe('a provider that does not answer at all', () => {
  afterAll(() => {
    providerMode = 'drop'
    provider.closeAllConnections()
  })

  it('is given up on after 20 s and the local voice reads the warning', async () => {
    providerMode = 'hang'
    const asked = providerRequests
    const started = Date.now()
    const created = await emergency(roles.technician, { title: 'Cảnh báo lũ ống' })
    const seconds = (Date.now() - started) / 1000
    expect(created.status, created.text).toBe(201)
    expect(providerRequests - asked).toBeGreaterThanOrEqual(1)
    expect(seconds).toBeGreaterThanOrEqual(19)
    expect(seconds).toBeLessThan(60)
    expect((await clipDoc(clipOf(created.json.doc.clip)!)).synthetic).toMatchObject({ engine: 'espeak-ng', voice: 'vi' })
    expect(server.output()).toContain('fpt: timeout after 20000 ms')
  })
})

describe('when not even the local voice can speak', () => {
  afterAll(() => rmSync(BROKEN, { force: true }))

  it('the warning is still saved, without a clip, and the log says why in Vietnamese; "Phát ngay" refuses with the reason, then works once the voice is back', async () => {
    writeFileSync(BROKEN, '')
    const created = await emergency(roles.technician, { title: 'Cảnh báo sạt lở' })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id as number
    expect(created.json.doc.clip ?? null).toBeNull()
    expect(server.output()).toMatch(/Cảnh báo sạt lở.{1,8}Tin khẩn cấp chưa có bản ghi âm, không tạo được giọng đọc: [^\n]*espeak-ng[^\n]*không tạo được tệp âm thanh\./)

    const refused = await api(roles.technician, 'POST', `/announcements/${id}/release`)
    expect(refused.status, refused.text).toBe(409)
    expect(refused.json.message).toMatch(/^Tin khẩn cấp chưa có bản ghi âm, không tạo được giọng đọc: .*espeak-ng.* Hãy ghi âm và tải bản ghi lên rồi bấm Phát ngay lại\.$/)
    expect((await announcementDoc(id)).releasedAt ?? null).toBeNull()

    rmSync(BROKEN)
    const released = await api(roles.technician, 'POST', `/announcements/${id}/release`)
    expect(released.status, released.text).toBe(200)
    expect(released.json.message).toMatch(/^Đã phát lệnh phát ngay bằng giọng máy đọc \(espeak-ng, vi\) vì tin chưa có bản ghi âm:/)
    const doc = await announcementDoc(id)
    expect(doc.releasedAt).toBeTruthy()
    expect(doc.clip).toBe(released.json.voice.id)
    expect((await clipDoc(doc.clip)).synthetic).toMatchObject({ engine: 'espeak-ng', voice: 'vi' })
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${stationToday()}.json`)).json()
    expect(playlist.entries.find((e: { slot: string }) => e.slot === `khan-cap-${id}`)).toMatchObject({ status: 'ready' })
  })

  it('a synthetic clip whose new text cannot be spoken is taken off rather than airing the old text', async () => {
    const created = await emergency(roles.technician, { title: 'Cảnh báo triều cường' })
    expect(clipOf(created.json.doc.clip)).toBeTruthy()
    writeFileSync(BROKEN, '')
    const edited = await api(roles.technician, 'PATCH', `/announcements/${created.json.doc.id}`, { text: 'Triều cường lên cao lúc 18 giờ, bà con di dời tài sản.' })
    expect(edited.status, edited.text).toBe(200)
    expect(edited.json.doc.clip ?? null).toBeNull()
  })
})

describe('the synthetic mark cannot be forged', () => {
  const forged = { engine: 'espeak-ng', voice: 'vi', spokenText: 'giả', spokenHash: 'f'.repeat(32) }

  it('an upload or an edit over REST cannot mark a recording synthetic, nor a synthetic clip human', async () => {
    for (const session of [roles.editor, roles.technician, roles.admin]) {
      const uploaded = await uploadFile(session, 'audio-clips', { name: 'nguoi-doc.mp3', bytes: readFileSync(await generateTone(path.join(scratch, 'nguoi-doc.mp3'), { seconds: 2, frequency: 250, levelDb: -20, kind: 'speechlike' })), type: 'audio/mpeg' }, { title: 'Người đọc', kind: 'announcement', synthetic: forged })
      expect(uploaded.status, uploaded.text).toBe(201)
      expect((await clipDoc(uploaded.json.doc.id)).synthetic?.engine ?? null).toBeNull()

      const patched = await api(session, 'PATCH', `/audio-clips/${uploaded.json.doc.id}`, { synthetic: forged })
      expect([200, 403]).toContain(patched.status)
      expect((await clipDoc(uploaded.json.doc.id)).synthetic?.engine ?? null).toBeNull()
    }
    const synthetic = clipOf((await emergency(roles.technician, { title: 'Cảnh báo rét đậm' })).json.doc.clip)!
    for (const session of [roles.editor, roles.technician]) {
      const patched = await api(session, 'PATCH', `/audio-clips/${synthetic}`, { synthetic: { engine: null, voice: null, spokenText: null, spokenHash: null } })
      expect([200, 403]).toContain(patched.status)
      expect((await clipDoc(synthetic)).synthetic).toMatchObject({ engine: 'espeak-ng', voice: 'vi' })
    }
  })

  it('nor over GraphQL', async () => {
    const recording = await uploadToneClip(roles.technician, scratch, 'gql.mp3', { seconds: 2, frequency: 330, levelDb: -20, kind: 'sine' }, { title: 'Ghi âm GraphQL', kind: 'announcement' })
    for (const session of [roles.editor, roles.technician]) {
      const answer = await graphql(session, `mutation { updateAudioClip(id: ${recording.id}, data: { title: "Đổi tên", synthetic: { engine: "espeak-ng", voice: "vi", spokenHash: "x" } }) { id } }`)
      expect((await clipDoc(recording.id)).synthetic?.engine ?? null, JSON.stringify(answer.json)).toBeNull()
    }
  })

  it('a forged synthetic mark would not let the voice replace a human recording either: the recording stays attached', async () => {
    const recording = await uploadToneClip(roles.editor, scratch, 'that.mp3', { seconds: 2, frequency: 300, levelDb: -20, kind: 'speechlike' }, { title: 'Ghi âm thật', kind: 'announcement', synthetic: forged })
    const created = await emergency(roles.editor, { title: 'Cảnh báo giông lốc', clip: recording.id })
    const changed = await api(roles.editor, 'PATCH', `/announcements/${created.json.doc.id}`, { text: 'Giông lốc kèm mưa đá chiều nay.' })
    expect(clipOf(changed.json.doc.clip)).toBe(recording.id)
  })
})
