import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { importSchedule as ImportSchedule } from '../../src/radio/scheduleFile'
import { ROOT } from '../support/loaServer'

/**
 * Issue 11, item 6: the audit rows that saves write, in-process on a temporary SQLite file (Local
 * API, as the action endpoints and the admin do). The article's review states are moved the way the
 * workflow's endpoints move them (context.reviewAction), Payload's _status the way the admin's
 * Publish / Unpublish buttons and the scheduled-publish job do.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-audit-hooks-'))
const DEFAULT = JSON.parse(readFileSync(path.join(ROOT, 'schedules/default.json'), 'utf8'))
let payload: Payload
let importSchedule: typeof ImportSchedule
type User = { id: number; name: string; role: string; collection: 'users' }
const users = {} as Record<'editor' | 'approver' | 'technician' | 'admin', User>

type Row = { action: string; userName: string | null; userRole: string | null; reason: string | null; docTitle: string | null; user: number | null; collectionSlug: string; docId: string | null }
async function rows(where: Where = {}): Promise<Row[]> {
  const { docs } = await payload.find({ collection: 'audit-log', where, sort: 'id', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs as unknown as Row[]
}
const articleRows = async (id: number | string) => (await rows({ collectionSlug: { equals: 'articles' }, docId: { equals: String(id) } })).map((row) => [row.action, row.userName, row.reason])
const count = async () => (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs

type Save = { as?: User | null; data: Record<string, unknown>; action?: string; draft?: boolean }
async function save(id: number, { as, data, action, draft = false }: Save) {
  return payload.update({ collection: 'articles', id, data, draft, overrideAccess: true, ...(as ? { user: as } : {}), ...(action ? { context: { reviewAction: action } } : {}) })
}

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${path.join(workDir, 'loa.db')}`
  process.env.LOA_SQLITE_TRANSACTIONS = '1'
  process.env.LOA_LOG_LEVEL = 'error'
  const { openPayload } = await import('../../src/boot/openPayload')
  ;({ importSchedule } = await import('../../src/radio/scheduleFile'))
  payload = (await openPayload({ key: 'audit-log-hooks' })).payload
  const names = { editor: 'Trần Biên Tập', approver: 'Lê Lãnh Đạo', technician: 'Phạm Kỹ Thuật', admin: 'Quản Trị' }
  for (const role of ['editor', 'approver', 'technician', 'admin'] as const) {
    const doc = await payload.create({ collection: 'users', data: { email: `${role}@audit.test`, password: `${role}-password-123`, name: names[role], role }, overrideAccess: true })
    users[role] = { ...(doc as unknown as User), collection: 'users' }
  }
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  rmSync(workDir, { recursive: true, force: true })
})

describe('article audit rows', () => {
  it('records the whole approval flow in order, each row in the name and role of who did it, and nothing for a plain draft save', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Khánh thành cầu Nhật Lệ 3', _status: 'draft' }, draft: true, overrideAccess: true, user: users.editor })
    await save(article.id, { as: users.editor, draft: true, data: { summary: 'Bản nháp thứ hai' } })
    await save(article.id, { as: users.editor, draft: true, action: 'submit', data: { review: { state: 'pending' } } })
    await save(article.id, { as: users.editor, draft: true, action: 'withdraw', data: { review: { state: 'draft' } } })
    await save(article.id, { as: users.editor, draft: true, action: 'submit', data: { review: { state: 'pending' } } })
    await save(article.id, { as: users.approver, draft: true, action: 'return', data: { review: { state: 'returned', returnReason: 'Thiếu nguồn tin và ảnh.' } } })
    await save(article.id, { as: users.editor, draft: true, action: 'submit', data: { summary: 'Đã bổ sung nguồn', review: { state: 'pending' } } })
    await save(article.id, { as: users.approver, action: 'approve', data: { _status: 'published', review: { state: 'published' } } })
    expect(await articleRows(article.id)).toEqual([
      ['created', 'Trần Biên Tập', null],
      ['submitted', 'Trần Biên Tập', null],
      ['withdrawn', 'Trần Biên Tập', null],
      ['submitted', 'Trần Biên Tập', null],
      ['returned', 'Lê Lãnh Đạo', 'Thiếu nguồn tin và ảnh.'],
      ['submitted', 'Trần Biên Tập', null],
      ['approved', 'Lê Lãnh Đạo', null],
      ['published', 'Lê Lãnh Đạo', null],
    ])
    const all = await rows({ docId: { equals: String(article.id) } })
    expect(all.map((row) => row.userRole)).toEqual(['editor', 'editor', 'editor', 'editor', 'approver', 'editor', 'approver', 'approver'])
    expect(all.every((row) => row.collectionSlug === 'articles' && row.docTitle === 'Khánh thành cầu Nhật Lệ 3')).toBe(true)
  })

  it('a change to a live article: the draft saves write nothing; scheduled (with the time in station time), published by the job as "Hệ thống", unpublished, deleted', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Lịch cắt điện tuần này', _status: 'published', review: { state: 'published' } }, overrideAccess: true, user: users.approver })
    expect(await articleRows(article.id)).toEqual([
      ['created', 'Lê Lãnh Đạo', null],
      ['published', 'Lê Lãnh Đạo', null],
    ])
    const before = await count()
    // A draft of a change, saved twice: the published version stays live and nothing is logged.
    await save(article.id, { as: users.editor, draft: true, data: { summary: 'Thêm xã Bảo Ninh' } })
    await save(article.id, { as: users.editor, draft: true, data: { summary: 'Thêm xã Bảo Ninh và Quang Phú' } })
    expect(await count()).toBe(before)
    await save(article.id, { as: users.editor, draft: true, action: 'submit', data: { review: { state: 'pending' } } })
    // 00:00 UTC is 07:00 in Vietnam.
    await save(article.id, { as: users.approver, draft: true, action: 'approve', data: { review: { state: 'scheduled', publishAt: '2026-12-08T00:00:00.000Z' } } })
    // An edit of the scheduled article ends the approval (workflow's rule); approved again.
    await save(article.id, { as: users.editor, draft: true, data: { summary: 'Sửa sau khi duyệt', review: { state: 'draft' } } })
    await save(article.id, { as: users.editor, draft: true, action: 'submit', data: { review: { state: 'pending' } } })
    await save(article.id, { as: users.approver, draft: true, action: 'approve', data: { review: { state: 'scheduled', publishAt: '2026-12-08T00:00:00.000Z' } } })
    await save(article.id, { as: null, data: { _status: 'published', review: { state: 'published' } } })
    await save(article.id, { as: users.admin, data: { _status: 'draft', review: { state: 'draft' } } })
    await payload.delete({ collection: 'articles', id: article.id, overrideAccess: true, user: users.admin })
    expect((await articleRows(article.id)).slice(2)).toEqual([
      ['submitted', 'Trần Biên Tập', null],
      ['scheduled', 'Lê Lãnh Đạo', 'Duyệt, hẹn xuất bản lúc 08/12/2026 07:00'],
      ['withdrawn', 'Trần Biên Tập', 'Bài đã hẹn giờ được sửa: hủy hẹn giờ xuất bản, bài trở về nháp.'],
      ['submitted', 'Trần Biên Tập', null],
      ['scheduled', 'Lê Lãnh Đạo', 'Duyệt, hẹn xuất bản lúc 08/12/2026 07:00'],
      ['published', 'Hệ thống', null],
      ['unpublished', 'Quản Trị', null],
      ['deleted', 'Quản Trị', null],
    ])
    const deleted = (await rows({ action: { equals: 'deleted' }, docId: { equals: String(article.id) } }))[0]
    expect(deleted).toMatchObject({ docTitle: 'Lịch cắt điện tuần này', userRole: 'admin', user: users.admin.id })
  })

  it('a refused save (an unsafe link) writes no row', async () => {
    const article = await payload.create({ collection: 'articles', data: { title: 'Tin có liên kết lạ', _status: 'draft' }, draft: true, overrideAccess: true, user: users.editor })
    const before = await count()
    const bad = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'link', version: 1, fields: { url: 'javascript:alert(1)', linkType: 'custom' }, children: [{ type: 'text', text: 'x', version: 1 }] }] }] } }
    await expect(save(article.id, { as: users.editor, draft: true, action: 'submit', data: { content: bad, review: { state: 'pending' } } })).rejects.toThrow()
    expect(await count()).toBe(before)
  })
})

describe('radio audit rows', () => {
  it('a slot created, changed (the changed fields named in Vietnamese), saved unchanged (no row) and deleted', async () => {
    const slot = await payload.create({ collection: 'broadcast-slots', data: { name: 'Bản tin tối', kind: 'local', days: ['1', '3'], start: '18:00', end: '18:30' }, overrideAccess: true, user: users.technician })
    await payload.update({ collection: 'broadcast-slots', id: slot.id, data: { start: '18:15', days: ['1', '3', '5'] }, overrideAccess: true, user: users.technician })
    await payload.update({ collection: 'broadcast-slots', id: slot.id, data: { name: 'Bản tin tối' }, overrideAccess: true, user: users.technician })
    await payload.delete({ collection: 'broadcast-slots', id: slot.id, overrideAccess: true, user: users.admin })
    const found = (await rows({ collectionSlug: { equals: 'broadcast-slots' }, docId: { equals: String(slot.id) } })).map((row) => [row.action, row.userName, row.reason])
    expect(found).toEqual([
      ['slot-changed', 'Phạm Kỹ Thuật', 'Tạo khung giờ: 18:00–18:30, Thứ Hai, Thứ Tư (Chương trình địa phương)'],
      ['slot-changed', 'Phạm Kỹ Thuật', 'Các ngày trong tuần: Thứ Hai, Thứ Tư → Thứ Hai, Thứ Tư, Thứ Sáu; Bắt đầu: 18:00 → 18:15'],
      ['slot-deleted', 'Quản Trị', '18:15–18:30, Thứ Hai, Thứ Tư, Thứ Sáu (Chương trình địa phương)'],
    ])
  })

  it('holidays ("Ngày nghỉ") added, changed and removed are schedule changes', async () => {
    const holiday = await payload.create({ collection: 'holidays', data: { name: 'Giỗ Tổ Hùng Vương', calendar: 'lunar', day: 10, month: 3, lengthDays: 1, stops: 'local' }, overrideAccess: true, user: users.technician })
    await payload.update({ collection: 'holidays', id: holiday.id, data: { stops: 'all' }, overrideAccess: true, user: users.technician })
    await payload.delete({ collection: 'holidays', id: holiday.id, overrideAccess: true, user: users.technician })
    const found = (await rows({ collectionSlug: { equals: 'holidays' } })).map((row) => [row.action, row.docTitle, row.reason])
    expect(found).toEqual([
      ['schedule-changed', 'Giỗ Tổ Hùng Vương', 'Ngày nghỉ: thêm Giỗ Tổ Hùng Vương: 10/03 âm lịch, 1 ngày, hằng năm, dừng chương trình của đài'],
      [
        'schedule-changed',
        'Giỗ Tổ Hùng Vương',
        'Ngày nghỉ: sửa Giỗ Tổ Hùng Vương: 10/03 âm lịch, 1 ngày, hằng năm, dừng chương trình của đài → Giỗ Tổ Hùng Vương: 10/03 âm lịch, 1 ngày, hằng năm, dừng tất cả, kể cả tiếp sóng',
      ],
      ['schedule-changed', 'Giỗ Tổ Hùng Vương', 'Ngày nghỉ: xóa Giỗ Tổ Hùng Vương: 10/03 âm lịch, 1 ngày, hằng năm, dừng tất cả, kể cả tiếp sóng'],
    ])
  })

  it('schedule:import writes one row for the whole file (not one per slot); a failed import writes none', async () => {
    const before = await count()
    const result = await importSchedule(payload, DEFAULT)
    expect(result).toMatchObject({ ok: true, created: 7 })
    const added = (await rows()).slice(before)
    expect(added.map((row) => [row.action, row.userName, row.collectionSlug, row.reason])).toEqual([
      [
        'schedule-changed',
        'Hệ thống',
        'broadcast-slots',
        `Nhập lịch từ tệp (schedule:import): 7 khung mới, 0 khung cập nhật; ngày nghỉ: ${DEFAULT.holidays.length} ngày lễ mới, 0 ngày lễ cập nhật; cài đặt đài (tên, múi giờ).`,
      ],
    ])
    const failed = await importSchedule(payload, DEFAULT, {
      onWrite: (step) => {
        if (step.startsWith('cập nhật')) throw new Error('mất điện giữa chừng')
      },
    })
    expect(failed.ok).toBe(false)
    expect(await count()).toBe(before + 1)
  })
})
