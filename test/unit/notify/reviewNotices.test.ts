import { describe, expect, it } from 'vitest'
import { composeNotice, escapeHtml, type NoticeInput, noticeKindFor, oneLine, recipientsFor, type StaffAccount } from '../../../src/notify/reviewNotices'

describe('noticeKindFor: which saves call for a mail', () => {
  it.each([
    // previous (newest version before the save), current, notice
    ['editor submits a draft', { state: 'draft', status: 'draft' }, { state: 'pending', status: 'draft' }, 'submitted'],
    ['editor resubmits a returned story', { state: 'returned', status: 'draft' }, { state: 'pending', status: 'draft' }, 'submitted'],
    ['change to a published story submitted', { state: 'published', status: 'published' }, { state: 'pending', status: 'draft' }, 'submitted'],
    ['approver returns it', { state: 'pending', status: 'draft' }, { state: 'returned', status: 'draft' }, 'returned'],
    ['approver returns a scheduled story', { state: 'scheduled', status: 'draft' }, { state: 'returned', status: 'draft' }, 'returned'],
    ['approver schedules it', { state: 'pending', status: 'draft' }, { state: 'scheduled', status: 'draft' }, 'scheduled'],
    ['approver publishes now', { state: 'pending', status: 'draft' }, { state: 'published', status: 'published' }, 'published'],
    ['the scheduled job publishes', { state: 'scheduled', status: 'draft' }, { state: 'published', status: 'published' }, 'published'],
    ['admin publishes a draft directly', { state: 'draft', status: 'draft' }, { state: 'published', status: 'published' }, 'published'],
    ['approved change to a published story', { state: 'pending', status: 'draft' }, { state: 'published', status: 'published' }, 'published'],
    ['created already waiting', null, { state: 'pending', status: 'draft' }, 'submitted'],
    ['created and published at once', undefined, { state: 'published', status: 'published' }, 'published'],
    ['draft edit', { state: 'draft', status: 'draft' }, { state: 'draft', status: 'draft' }, null],
    ['edit while waiting (or a retried submit)', { state: 'pending', status: 'draft' }, { state: 'pending', status: 'draft' }, null],
    ['retried return', { state: 'returned', status: 'draft' }, { state: 'returned', status: 'draft' }, null],
    ['retried schedule', { state: 'scheduled', status: 'draft' }, { state: 'scheduled', status: 'draft' }, null],
    ['re-save of a published story', { state: 'published', status: 'published' }, { state: 'published', status: 'published' }, null],
    ['withdrawn', { state: 'pending', status: 'draft' }, { state: 'draft', status: 'draft' }, null],
    ['unpublished', { state: 'published', status: 'published' }, { state: 'draft', status: 'draft' }, null],
    ['editor saves a change to a published story', { state: 'published', status: 'published' }, { state: 'published', status: 'draft' }, null],
    ['created as a draft', null, { state: 'draft', status: 'draft' }, null],
  ])('%s', (_label, previous, current, expected) => {
    expect(noticeKindFor(previous, current)).toBe(expected)
  })
})

const staff: StaffAccount[] = [
  { id: 1, email: 'admin@loa.vn', name: 'Quản trị', role: 'admin' },
  { id: 2, email: 'lanhdao@loa.vn', name: 'Lãnh đạo', role: 'approver' },
  { id: 3, email: 'btv@loa.vn', name: 'Biên tập', role: 'editor' },
  { id: 4, email: 'kt@loa.vn', name: 'Kỹ thuật', role: 'technician' },
  { id: 5, email: '', name: 'Lãnh đạo không thư', role: 'approver' },
  { id: 6, email: 'LANHDAO@loa.vn', name: 'Trùng địa chỉ', role: 'approver' },
  { id: 7, email: 'cu@loa.vn', name: 'Vai trò cũ', role: 'former' },
]

describe('recipientsFor', () => {
  it.each([
    ['submitted: every approver and admin with an address, once each', 'submitted', {}, [1, 2]],
    ['submitted by an approver: not to themself', 'submitted', { actorId: 2 }, [1, 6]],
    ['submitted: the submitter passed in is ignored', 'submitted', { submitter: staff[2] }, [1, 2]],
    ['returned: to the submitter', 'returned', { submitter: staff[2], actorId: 2 }, [3]],
    ['scheduled: to the submitter', 'scheduled', { submitter: staff[2], actorId: 1 }, [3]],
    ['published: to the submitter', 'published', { submitter: staff[2], actorId: 2 }, [3]],
    ['published by the submitter themself: nobody', 'published', { submitter: staff[1], actorId: 2 }, []],
    ['published, nobody submitted it (or the account is deleted)', 'published', { submitter: null, actorId: 1 }, []],
    ['returned to an account without an address', 'returned', { submitter: staff[4] }, []],
    ['returned to an account that no longer has a staff role', 'returned', { submitter: staff[6] }, []],
    ['ids compared as text (MongoDB ids are strings)', 'returned', { submitter: { ...staff[2], id: '3' }, actorId: 3 }, []],
  ] as const)('%s', (_label, kind, options, expected) => {
    const result = recipientsFor(kind, { staff, ...options })
    expect(result.map((account) => Number(account.id))).toEqual(expected)
  })
})

const base: NoticeInput = {
  kind: 'submitted',
  title: 'Xã tổ chức Ngày hội Đại đoàn kết',
  byName: 'Nguyễn Văn Biên',
  at: new Date('2026-11-29T17:30:00Z'), // 00:30 on Monday 30/11 in Hà Nội
  timeZone: 'Asia/Ho_Chi_Minh',
  editUrl: 'https://ttvhtt.example.gov.vn/admin/collections/articles/12',
  recipientName: 'Trần Thị Lãnh',
}

describe('composeNotice: Vietnamese subject and bodies', () => {
  it.each([
    ['submitted', {}, '[Loa] Tin chờ duyệt: Xã tổ chức Ngày hội Đại đoàn kết', ['đang chờ duyệt', 'Người gửi duyệt: Nguyễn Văn Biên', 'Gửi lúc: Thứ Hai, 30/11/2026 00:30']],
    ['returned', { reason: 'Thiếu nguồn tin.\nGhi rõ tên người phát biểu.' }, '[Loa] Tin bị trả lại: Xã tổ chức Ngày hội Đại đoàn kết', ['đã bị trả lại', 'Người trả lại: Nguyễn Văn Biên', 'Lý do: Thiếu nguồn tin.\nGhi rõ tên người phát biểu.']],
    ['scheduled', { publishAt: new Date('2026-12-01T00:00:00Z') }, '[Loa] Tin đã duyệt, hẹn giờ xuất bản: Xã tổ chức Ngày hội Đại đoàn kết', ['Xuất bản lúc: Thứ Ba, 01/12/2026 07:00']],
    ['published', { publicUrl: 'https://ttvhtt.example.gov.vn/tin-tuc/xa-to-chuc' }, '[Loa] Tin đã xuất bản: Xã tổ chức Ngày hội Đại đoàn kết', ['đã được xuất bản', 'Trên trang: https://ttvhtt.example.gov.vn/tin-tuc/xa-to-chuc']],
  ] as const)('%s', (kind, extra, subject, fragments) => {
    const notice = composeNotice({ ...base, ...extra, kind })
    expect(notice.subject).toBe(subject)
    for (const fragment of fragments) expect(notice.text).toContain(fragment)
    expect(notice.text).toContain('Chào Trần Thị Lãnh,')
    expect(notice.text).toContain(base.editUrl)
    expect(notice.html).toContain(`<a href="${base.editUrl}">`)
  })

  it('greets without a name and says when the reason or the author is missing', () => {
    const notice = composeNotice({ ...base, kind: 'returned', recipientName: null, byName: null, reason: '  ' })
    expect(notice.text).toContain('Chào anh/chị,')
    expect(notice.text).toContain('Người trả lại: Không rõ')
    expect(notice.text).toContain('Lý do: (không ghi lý do)')
  })

  it('escapes everything people typed in the HTML part, and keeps the text part as typed', () => {
    const notice = composeNotice({
      ...base,
      kind: 'returned',
      title: '<script>alert(1)</script> & "Tin"',
      byName: '<b>Lãnh đạo</b>',
      reason: 'Xem <img src=x onerror=alert(1)>\nrồi sửa',
      recipientName: "O'Brien <i>",
    })
    expect(notice.html).not.toMatch(/<script|<img|<b>|<i>/)
    expect(notice.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tin&quot;')
    expect(notice.html).toContain('&lt;b&gt;Lãnh đạo&lt;/b&gt;')
    expect(notice.html).toContain('Xem &lt;img src=x onerror=alert(1)&gt;<br>rồi sửa')
    expect(notice.html).toContain('O&#39;Brien &lt;i&gt;')
    expect(notice.text).toContain('Lý do: Xem <img src=x onerror=alert(1)>\nrồi sửa')
  })

  it.each([
    ['CR LF and a header', 'Tin mới\r\nBcc: attacker@evil.test', '[Loa] Tin chờ duyệt: Tin mới Bcc: attacker@evil.test'],
    ['bare LF, tab and Unicode line separator', 'Dòng 1\nDòng 2\tcột\u2028Dòng 3', '[Loa] Tin chờ duyệt: Dòng 1 Dòng 2 cột Dòng 3'],
    ['empty title', '  \r\n ', '[Loa] Tin chờ duyệt: (chưa có tiêu đề)'],
  ])('subject stays one line: %s', (_label, title, subject) => {
    const notice = composeNotice({ ...base, title })
    expect(notice.subject).toBe(subject)
    expect(notice.subject).not.toMatch(/[\r\n]/)
  })

  it('clips a very long title in the subject, not in the body', () => {
    const title = 'Ngày hội '.repeat(40).trim()
    const notice = composeNotice({ ...base, title })
    expect(Array.from(notice.subject)).toHaveLength(160)
    expect(notice.subject.endsWith('…')).toBe(true)
    expect(notice.text).toContain(title)
  })

  it('shows times in the station zone whatever the server zone', () => {
    expect(composeNotice({ ...base, timeZone: 'UTC' }).text).toContain('Gửi lúc: Chủ Nhật, 29/11/2026 17:30')
  })
})

describe('helpers', () => {
  it.each([
    ['<a href="x">O\'K & co</a>', '&lt;a href=&quot;x&quot;&gt;O&#39;K &amp; co&lt;/a&gt;'],
    ['Tiếng Việt có dấu', 'Tiếng Việt có dấu'],
  ])('escapeHtml(%s)', (input, expected) => expect(escapeHtml(input)).toBe(expected))

  it.each([
    ['a\r\nb', 'a b'],
    ['  a \u0000 b  ', 'a b'],
    ['a\u0085b', 'a b'],
  ])('oneLine(%j)', (input, expected) => expect(oneLine(input)).toBe(expected))
})
