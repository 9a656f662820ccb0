import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { EMAIL_OFF_MESSAGE } from '../../../src/notify/emailAdapter'
import { ADMIN, freePort, type LoaServer, ROOT, startLoaServer } from '../../support/loaServer'
import { api, type Roles, type Session, sessionsForEveryRole, staffSession } from '../../support/rest'
import { type CaughtMail, type SmtpCatcher, startSmtpCatcher } from '../../support/smtpCatcher'

/**
 * E-mail notifications of the approval flow, end to end: Loa's production server sends through
 * SMTP (SMTP_* in its environment) to a catcher this test runs, while an editor and an approver
 * use the review actions over REST.
 */

const PAYLOAD_EMAIL_WARNING = 'No email adapter provided'

async function review(session: Session, id: number, action: 'submit' | 'withdraw' | 'return' | 'approve', body: Record<string, unknown> = {}) {
  return api(session, 'POST', `/articles/${id}/review/${action}`, body)
}

async function draft(session: Session, title: string): Promise<number> {
  const created = await api(session, 'POST', '/articles', { title, summary: 'Tóm tắt.', _status: 'draft' })
  expect(created.status, created.text).toBe(201)
  return created.json.doc.id
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitForOutput(server: LoaServer, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const match = pattern.exec(server.output())
    if (match) return match[0]
    await sleep(200)
  }
  throw new Error(`no ${pattern} in the server log:\n${server.output()}`)
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1

describe('with SMTP configured', () => {
  let catcher: SmtpCatcher
  let server: LoaServer
  let roles: Roles

  const about = (subjectStart: string) => (mail: CaughtMail) => mail.subject.startsWith(subjectStart)

  beforeAll(async () => {
    catcher = await startSmtpCatcher()
    server = await startLoaServer({
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port), SMTP_SECURE: 'false', SMTP_FROM: 'Loa thử nghiệm <loa@test.loa>' },
    })
    roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  })

  afterAll(async () => {
    await server?.stop()
    await catcher?.close()
  })

  it('says where mail goes, once, and Payload does not warn in English', async () => {
    const line = `Thư thông báo: gửi qua máy chủ SMTP 127.0.0.1:${catcher.port}, gửi từ loa@test.loa.`
    expect(occurrences(server.output(), line), server.output()).toBe(1)
    expect(server.output()).not.toContain(PAYLOAD_EMAIL_WARNING)
  })

  it('submit → approvers and admins; return → the editor with the reason; resubmit; approve → the editor', async () => {
    const title = 'Họp dân <b>thôn 3</b> & "đường làng"'
    const id = await draft(roles.editor, title)
    const editUrl = `${server.baseUrl}/admin/collections/articles/${id}`
    const subjectTitle = (prefix: string) => `[Loa] ${prefix}: ${title}`

    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    const submitted = await catcher.waitForMails(3, about(subjectTitle('Tin chờ duyệt')))
    // The seeded admin, the seeded approver and the test's approver; one mail each, nobody else.
    expect(submitted.map((mail) => mail.envelopeTo).sort()).toEqual([['admin@test.loa'], ['approver@test.loa'], ['duyet@loa.local']])
    for (const mail of submitted) {
      expect(mail.envelopeFrom).toBe('loa@test.loa')
      expect(mail.from).toContain('Loa thử nghiệm')
      expect(mail.text).toContain(`Tin “${title}” đang chờ duyệt.`)
      expect(mail.text).toContain('Người gửi duyệt: Test editor')
      expect(mail.text).toMatch(/Gửi lúc: (Thứ [^,]+|Chủ Nhật), \d\d\/\d\d\/\d{4} \d\d:\d\d/)
      expect(mail.text).toContain(editUrl)
      // Everything the editor typed is text in the HTML part, never markup.
      expect(mail.html).toContain('Họp dân &lt;b&gt;thôn 3&lt;/b&gt; &amp; &quot;đường làng&quot;')
      expect(mail.html).not.toContain('<b>thôn 3</b>')
      expect(mail.html).toContain(`<a href="${editUrl}">`)
    }

    const reason = 'Thiếu nguồn <i>tin</i>.\nGhi rõ tên người phát biểu.'
    expect((await review(roles.approver, id, 'return', { reason })).status).toBe(200)
    const [returned] = await catcher.waitForMails(1, about(subjectTitle('Tin bị trả lại')))
    expect(returned.envelopeTo).toEqual(['editor@test.loa'])
    expect(returned.text).toContain('Chào Test editor,')
    expect(returned.text).toContain('Người trả lại: Test approver')
    expect(returned.text).toContain(`Lý do: ${reason}`)
    expect(returned.html).toContain('Thiếu nguồn &lt;i&gt;tin&lt;/i&gt;.<br>Ghi rõ tên người phát biểu.')
    expect(returned.html).not.toContain('<i>tin</i>')

    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    await catcher.waitForMails(6, about(subjectTitle('Tin chờ duyệt')))

    expect((await review(roles.approver, id, 'approve')).status).toBe(200)
    const [published] = await catcher.waitForMails(1, about(subjectTitle('Tin đã xuất bản')))
    expect(published.envelopeTo).toEqual(['editor@test.loa'])
    expect(published.text).toContain('Người duyệt: Test approver')
    expect(published.text).toMatch(new RegExp(`Trên trang: ${server.baseUrl}/tin-tuc/[a-z0-9-]+`))

    // Repeating the approval is refused and a plain edit is no transition: no more mail about it.
    expect((await review(roles.approver, id, 'approve')).status).toBe(409)
    expect((await api(roles.approver, 'PATCH', `/articles/${id}?draft=true`, { summary: 'Sửa một chữ.' })).status).toBe(200)
    await sleep(3000)
    expect(catcher.mails.filter((mail) => mail.subject.endsWith(title)).map((mail) => mail.subject.split(':')[0])).toEqual([
      ...Array(3).fill('[Loa] Tin chờ duyệt'),
      '[Loa] Tin bị trả lại',
      ...Array(3).fill('[Loa] Tin chờ duyệt'),
      '[Loa] Tin đã xuất bản',
    ])
    // Nobody on the technician's side, and the editor never hears about their own submission.
    expect(catcher.mails.filter((mail) => mail.envelopeTo.some((address) => /kythuat|technician|bientap/.test(address)))).toEqual([])
  })

  it('a title cannot add headers or recipients', async () => {
    const id = await draft(roles.editor, 'Tin mới\r\nBcc: attacker@evil.test\r\nX-Injected: yes')
    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    const mails = await catcher.waitForMails(3, about('[Loa] Tin chờ duyệt: Tin mới'))
    for (const mail of mails) {
      expect(mail.subject).toBe('[Loa] Tin chờ duyệt: Tin mới Bcc: attacker@evil.test X-Injected: yes')
      expect(mail.headers.has('bcc')).toBe(false)
      expect(mail.headers.has('x-injected')).toBe(false)
      expect(mail.envelopeTo).toHaveLength(1)
    }
    expect(catcher.mails.flatMap((mail) => mail.envelopeTo)).not.toContain('attacker@evil.test')
  })

  it('an approval for later mails "hẹn giờ", then "đã xuất bản" when the server publishes it', async () => {
    const id = await draft(roles.editor, 'Lịch tiêm phòng đợt 2')
    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    const publishAt = new Date(Date.now() + 5_000)
    const approved = await review(roles.approver, id, 'approve', { publishAt: publishAt.toISOString() })
    expect(approved.status, approved.text).toBe(200)
    const [scheduled] = await catcher.waitForMails(1, about('[Loa] Tin đã duyệt, hẹn giờ xuất bản: Lịch tiêm phòng đợt 2'))
    expect(scheduled.envelopeTo).toEqual(['editor@test.loa'])
    expect(scheduled.text).toContain('Người duyệt: Test approver')
    expect(scheduled.text).toContain('Xuất bản lúc:')
    // The server's job runner publishes it (every 10 s), in the approver's name.
    const [published] = await catcher.waitForMails(1, about('[Loa] Tin đã xuất bản: Lịch tiêm phòng đợt 2'), 60_000)
    expect(published.envelopeTo).toEqual(['editor@test.loa'])
    expect(published.text).toContain('Người duyệt: Test approver')
  })

  it('never writes to a deleted account', async () => {
    const gone = await staffSession(roles.admin, 'approver', 'gone-approver@test.loa')
    const goneId = (await api(gone, 'GET', '/users/me')).json.user.id
    expect((await api(roles.admin, 'DELETE', `/users/${goneId}`)).status).toBe(200)
    const id = await draft(roles.editor, 'Tin sau khi nghỉ việc')
    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    const mails = await catcher.waitForMails(3, about('[Loa] Tin chờ duyệt: Tin sau khi nghỉ việc'))
    await sleep(1000)
    expect(catcher.mails.filter(about('[Loa] Tin chờ duyệt: Tin sau khi nghỉ việc'))).toHaveLength(mails.length)
    expect(catcher.mails.flatMap((mail) => mail.envelopeTo)).not.toContain('gone-approver@test.loa')
  })

  it('refuses to start with a malformed SMTP_PORT, in Vietnamese', async () => {
    const result = spawnSync(process.execPath, [...NODE_FLAGS, 'src/server.ts'], {
      cwd: ROOT,
      env: { ...server.env, PORT: String(await freePort()), SMTP_PORT: 'hai lăm' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('SMTP_PORT phải là một số từ 1 đến 65535')
  })
})

describe('without SMTP', () => {
  let server: LoaServer

  beforeAll(async () => {
    server = await startLoaServer({ env: { SMTP_HOST: '' } })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('logs once that mail is off, Payload does not warn, and the flow works', async () => {
    const roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
    const id = await draft(roles.editor, 'Tin khi chưa có thư')
    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    expect((await review(roles.approver, id, 'return', { reason: 'Viết lại đoạn đầu.' })).status).toBe(200)
    expect((await review(roles.editor, id, 'submit')).status).toBe(200)
    expect((await review(roles.approver, id, 'approve')).status).toBe(200)
    expect((await api(roles.visitor, 'GET', `/articles/${id}?depth=0`)).status).toBe(200)
    expect(occurrences(server.output(), EMAIL_OFF_MESSAGE), server.output()).toBe(1)
    expect(server.output()).not.toContain(PAYLOAD_EMAIL_WARNING)
    expect(server.output()).not.toContain('Email attempted without being configured')
  })
})

describe('with SMTP pointing at a dead port', () => {
  let server: LoaServer

  beforeAll(async () => {
    const deadPort = await freePort()
    server = await startLoaServer({ env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(deadPort), SMTP_FROM: 'loa@test.loa' } })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('saves and submits all the same, and logs the failure in Vietnamese', async () => {
    const roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
    const id = await draft(roles.editor, 'Tin khi máy chủ thư hỏng')
    const started = Date.now()
    const submitted = await review(roles.editor, id, 'submit')
    expect(submitted.status, submitted.text).toBe(200)
    expect(submitted.json.doc.review.state).toBe('pending')
    // The answer does not wait for the mail server.
    expect(Date.now() - started).toBeLessThan(15_000)
    const line = await waitForOutput(server, /Thư thông báo: không gửi được thư báo tin chờ duyệt \(bài \d+\) tới \S+: .*ECONNREFUSED/)
    expect(line).toContain(`(bài ${id})`)
    expect((await review(roles.approver, id, 'approve')).status).toBe(200)
    expect((await api(roles.visitor, 'GET', `/articles/${id}?depth=0`)).status).toBe(200)
  })
})
