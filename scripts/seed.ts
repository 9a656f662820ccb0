/**
 * Demo content: `npm run seed` (idempotent). `--if-empty` seeds only a database without users; npm
 * start uses it so a fresh install opens with content.
 *
 *   --without-audio   news only (tests that do not need the radio; generating audio takes seconds)
 *   --aired-days N    build the programmes that aired in the last N days (default 2; 0 builds none)
 *   --now ISO-TIME    seed as if it were that moment (tests: a fixed hour, whatever the real clock)
 */
import { parseArgs } from 'node:util'
import { measureLoudness } from '../src/audio/probe'
import { renderProgramme } from '../src/audio/render'
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { seedAiredProgrammes } from './seed/seedAired'
import { databaseIsEmpty, seedDemo } from './seed/seedDemo'
import { seedRadio } from './seed/seedRadio'

const { values } = parseArgs({
  options: {
    'if-empty': { type: 'boolean', default: false },
    'without-audio': { type: 'boolean', default: false },
    'aired-days': { type: 'string', default: '2' },
    now: { type: 'string' },
  },
})
const airedDays = Number(values['aired-days'])
if (!Number.isInteger(airedDays) || airedDays < 0 || airedDays > 14) {
  console.error(`[seed] --aired-days phải là số ngày từ 0 đến 14 (đang là "${values['aired-days']}").`)
  process.exit(2)
}
const now = values.now ? new Date(values.now) : new Date()
if (Number.isNaN(now.getTime())) {
  console.error(`[seed] --now không phải thời điểm hợp lệ: "${values.now}". Ví dụ: 2026-12-02T09:00:00+07:00`)
  process.exit(2)
}

loadDotEnv()
const { payload } = await openPayload({ key: 'seed' })
try {
  if (values['if-empty'] && !(await databaseIsEmpty(payload))) {
    console.log('[seed] Cơ sở dữ liệu đã có dữ liệu, bỏ qua nội dung mẫu.')
  } else {
    const log = (line: string) => console.log(`[seed] ${line}`)
    const step = Date.now()
    log('Đang tạo nội dung mẫu…')
    const report = await seedDemo(payload, now)
    const c = report.created
    log(`Đã tạo ${c.categories} chuyên mục, ${c.tags} từ khóa, ${c.articles} bài viết, ${c.images} ảnh minh họa, ${c.users} tài khoản (${((Date.now() - step) / 1000).toFixed(1).replace('.', ',')} giây).`)
    // Without audio there is no radio: no schedule, nothing to build.
    if (!values['without-audio']) {
      await seedRadio(payload, now, log)
      await seedAiredProgrammes(payload, { now, days: airedDays, render: renderProgramme, measure: measureLoudness, log })
    }
    if (report.generatedLogins.length > 0) {
      log('Tài khoản mới (mật khẩu chỉ in một lần, hãy lưu lại hoặc đổi trong trang quản trị):')
      for (const login of report.generatedLogins) log(`  ${login.role.padEnd(10)} ${login.email}  mật khẩu: ${login.password}`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
