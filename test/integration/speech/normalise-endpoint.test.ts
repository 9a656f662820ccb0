import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../../support/loaServer'
import { api, graphql, type Roles, type Session, sessionsForEveryRole } from '../../support/rest'

/**
 * Issue 12, item 1 on the real server: POST /api/speech/normalise answers every staff role with the
 * same rules as the read-outs; visitors get 401; bad bodies 400, huge ones 413. The dictionary is
 * seeded on a fresh database, edited by approvers (not editors, not visitors), and an edit applies
 * to the next call without a restart. The station's link setting decides how addresses are read.
 */
let server: LoaServer
let roles: Roles

const normalise = (session: Session, body: unknown) => api(session, 'POST', '/speech/normalise', body)
const raw = (session: Session, body: string, contentType: string) =>
  fetch(`${server.baseUrl}/api/speech/normalise`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...(session.token ? { Authorization: `JWT ${session.token}` } : {}) },
    body,
  })
const entryByTerm = async (term: string) => {
  const found = await api(roles.admin, 'GET', `/speech-dictionary?where[term][equals]=${encodeURIComponent(term)}&depth=0`)
  expect(found.status, found.text).toBe(200)
  return found.json.docs[0]
}

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('POST /api/speech/normalise', () => {
  it('every staff role gets the spoken text and the flagged words', async () => {
    const text = 'UBND xã họp lúc 5h10 ngày 29/11/2026; TT thông báo, gọi 0912 345 678.'
    const spoken = 'ủy ban nhân dân xã họp lúc năm giờ mười phút ngày hai mươi chín tháng mười một năm hai nghìn không trăm hai mươi sáu; TT thông báo, gọi không chín một hai, ba bốn năm, sáu bảy tám.'
    for (const role of ['admin', 'editor', 'approver', 'technician'] as const) {
      const answer = await normalise(roles[role], { text })
      expect(answer.status, `${role}: ${answer.text}`).toBe(200)
      expect(answer.json.spoken).toBe(spoken)
      const start = spoken.indexOf('TT ')
      expect(answer.json.flagged).toEqual([{ word: 'TT', start, end: start + 2, reason: 'ambiguous', readings: ['thông tư', 'trung tâm', 'thị trấn'] }])
    }
  })

  it('refuses a visitor with 401, in Vietnamese', async () => {
    const answer = await normalise(roles.visitor, { text: 'UBND xã' })
    expect(answer.status, answer.text).toBe(401)
    expect(answer.json.errors[0].message).toMatch(/Cần đăng nhập/)
    expect(answer.text).not.toContain('ủy ban')
  })

  it('refuses bodies that are not JSON, lack "text" or give it as something else, and texts over 20 000 characters', async () => {
    for (const [body, type] of [['UBND xã', 'text/plain'], ['{"text": ', 'application/json'], ['', 'application/json']] as const) {
      const response = await raw(roles.editor, body, type)
      expect(response.status, body).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/JSON|Thiếu "text"/)
    }
    for (const body of [{}, { text: 5 }, { text: null }, { text: ['UBND'] }, { words: 'UBND' }]) {
      const answer = await normalise(roles.editor, body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.json.errors[0].message).toMatch(/^Thiếu "text"/)
    }
    const tooLong = await normalise(roles.editor, { text: 'UBND xã. '.repeat(2_300) })
    expect(tooLong.status).toBe(413)
    expect(tooLong.json.errors[0].message).toMatch(/^Văn bản quá dài: tối đa 20\.000 ký tự/)
    const justRight = await normalise(roles.editor, { text: 'a'.repeat(20_000) })
    expect(justRight.status).toBe(200)
  })
})

describe('the speech dictionary', () => {
  it('is seeded with the built-in abbreviations on a fresh database', async () => {
    const ubnd = await entryByTerm('UBND')
    expect(ubnd.readings.map((row: { reading: string }) => row.reading)).toEqual(['ủy ban nhân dân'])
    const tt = await entryByTerm('TT')
    expect(tt.readings.map((row: { reading: string }) => row.reading)).toEqual(['thông tư', 'trung tâm', 'thị trấn'])
    const all = await api(roles.editor, 'GET', '/speech-dictionary?limit=1')
    expect(all.json.totalDocs).toBeGreaterThanOrEqual(60)
  })

  it('an approver adds and edits entries, and the next normalise call uses them', async () => {
    const before = await normalise(roles.editor, { text: 'TTVHX và TT họp.' })
    expect(before.json.spoken).toBe('TTVHX và TT họp.')
    expect(before.json.flagged.map((flag: { reason: string }) => flag.reason)).toEqual(['unknown-abbreviation', 'ambiguous'])

    const created = await api(roles.approver, 'POST', '/speech-dictionary', { term: 'TTVHX', readings: [{ reading: 'trung tâm văn hóa xã' }] })
    expect(created.status, created.text).toBe(201)
    const tt = await entryByTerm('TT')
    const edited = await api(roles.technician, 'PATCH', `/speech-dictionary/${tt.id}`, { readings: [{ reading: 'thị trấn' }] })
    expect(edited.status, edited.text).toBe(200)

    const after = await normalise(roles.editor, { text: 'TTVHX và TT họp.' })
    expect(after.json).toEqual({ spoken: 'trung tâm văn hóa xã và thị trấn họp.', flagged: [] })
  })

  it('refuses blank readings and overlong terms or readings, in Vietnamese', async () => {
    const cases = [
      [{ term: 'ABCD', readings: [{ reading: '   ' }] }, /Cách đọc không được để trống/],
      [{ term: 'X'.repeat(41), readings: [{ reading: 'ích' }] }, /tối đa 40 ký tự/],
      [{ term: 'ABCE', readings: [{ reading: 'a'.repeat(201) }] }, /tối đa 200 ký tự/],
      [{ term: '   ', readings: [{ reading: 'trống' }] }, /không được để trống/],
    ] as const
    for (const [body, message] of cases) {
      const answer = await api(roles.approver, 'POST', '/speech-dictionary', body)
      expect(answer.status, answer.text).toBe(400)
      expect(answer.text).toMatch(message)
    }
  })

  it('an editor reads it but may not create, update or delete entries over REST or GraphQL', async () => {
    const ubnd = await entryByTerm('UBND')
    expect((await api(roles.editor, 'GET', `/speech-dictionary/${ubnd.id}`)).status).toBe(200)
    expect((await api(roles.editor, 'POST', '/speech-dictionary', { term: 'BTV2', readings: [{ reading: 'biên tập viên' }] })).status).toBe(403)
    expect((await api(roles.editor, 'PATCH', `/speech-dictionary/${ubnd.id}`, { readings: [{ reading: 'ủy ban' }] })).status).toBe(403)
    expect((await api(roles.editor, 'DELETE', `/speech-dictionary/${ubnd.id}`)).status).toBe(403)
    await api(roles.editor, 'DELETE', `/speech-dictionary?where[term][equals]=UBND`)

    const mutations = [
      'mutation { createSpeechDictionary(data: { term: "BTV3", readings: [{ reading: "biên tập viên" }] }) { id } }',
      `mutation { updateSpeechDictionary(id: ${ubnd.id}, data: { readings: [{ reading: "ủy ban" }] }) { id } }`,
      `mutation { deleteSpeechDictionary(id: ${ubnd.id}) { id } }`,
    ]
    for (const mutation of mutations) {
      const answer = await graphql(roles.editor, mutation)
      expect(answer.json.errors?.[0]?.message, JSON.stringify(answer.json)).toMatch(/not allowed|không được phép|Bạn không có quyền/i)
    }
    // The same mutation is well-formed: an approver's goes through.
    const byApprover = await graphql(roles.approver, 'mutation { createSpeechDictionary(data: { term: "BTV4", readings: [{ reading: "ban thường vụ" }] }) { id term } }')
    expect(byApprover.json.data?.createSpeechDictionary?.term, JSON.stringify(byApprover.json)).toBe('BTV4')
    const still = await entryByTerm('UBND')
    expect(still.readings.map((row: { reading: string }) => row.reading)).toEqual(['ủy ban nhân dân'])
    expect(await entryByTerm('BTV2')).toBeUndefined()
    expect(await entryByTerm('BTV3')).toBeUndefined()
  })

  it('a visitor cannot read it over REST or GraphQL', async () => {
    const list = await api(roles.visitor, 'GET', '/speech-dictionary')
    expect(list.status).toBe(403)
    expect(list.text).not.toContain('ủy ban nhân dân')
    const ubnd = await entryByTerm('UBND')
    expect((await api(roles.visitor, 'GET', `/speech-dictionary/${ubnd.id}`)).status).toBe(403)
    expect((await graphql(roles.visitor, '{ SpeechDictionaries { docs { term } } }')).status).toBe(403)
  })
})

describe("the station's link setting", () => {
  it('addresses are left out until the technician chooses to spell them; an editor cannot change it', async () => {
    const text = 'Xem tại loa.vn hoặc gọi 1900 1234.'
    expect((await normalise(roles.editor, { text })).json.spoken).toBe('Xem tại hoặc gọi một chín không không, một hai ba bốn.')
    const byEditor = await api(roles.editor, 'POST', '/globals/station', { speech: { readLinks: 'spell' } })
    expect(byEditor.status).toBe(403)
    const byTechnician = await api(roles.technician, 'POST', '/globals/station', { speech: { readLinks: 'spell' } })
    expect(byTechnician.status, byTechnician.text).toBe(200)
    expect((await normalise(roles.editor, { text })).json.spoken).toBe('Xem tại e lờ o a chấm vê en nờ hoặc gọi một chín không không, một hai ba bốn.')
  })
})

describe('an emptied dictionary', () => {
  it('falls back to the built-in list, so a read-out never loses "ủy ban nhân dân"', async () => {
    for (let round = 0; round < 10; round++) {
      const left = await api(roles.admin, 'GET', '/speech-dictionary?limit=1&depth=0')
      if (left.json.totalDocs === 0) break
      const removed = await api(roles.admin, 'DELETE', '/speech-dictionary?where[id][exists]=true&limit=500')
      expect(removed.status, removed.text).toBe(200)
    }
    expect((await api(roles.admin, 'GET', '/speech-dictionary?limit=1')).json.totalDocs).toBe(0)
    const answer = await normalise(roles.editor, { text: 'UBND xã, TT họp.' })
    expect(answer.json.spoken).toBe('ủy ban nhân dân xã, TT họp.')
    expect(answer.json.flagged[0]).toMatchObject({ word: 'TT', reason: 'ambiguous' })
  })
})
