/**
 * Demo content: `npm run seed` (idempotent). `--if-empty` seeds only a database without users; npm
 * start uses it so a fresh install opens with content.
 */
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { databaseIsEmpty, seedDemo } from './seed/seedDemo'
import { seedRadio } from './seed/seedRadio'

loadDotEnv()
const onlyIfEmpty = process.argv.includes('--if-empty')
// Tests that do not need the radio skip generating audio (it takes a few seconds).
const withAudio = !process.argv.includes('--without-audio')
const { payload } = await openPayload({ key: 'seed' })
try {
  if (onlyIfEmpty && !(await databaseIsEmpty(payload))) {
    console.log('[seed] Cơ sở dữ liệu đã có dữ liệu, bỏ qua nội dung mẫu.')
  } else {
    console.log('[seed] Đang tạo nội dung mẫu…')
    const report = await seedDemo(payload, new Date())
    const c = report.created
    console.log(`[seed] Đã tạo ${c.categories} chuyên mục, ${c.tags} từ khóa, ${c.articles} bài viết, ${c.images} ảnh minh họa, ${c.users} tài khoản.`)
    if (withAudio) await seedRadio(payload, new Date(), (line) => console.log(`[seed] ${line}`))
    if (report.generatedLogins.length > 0) {
      console.log('[seed] Tài khoản mới (mật khẩu chỉ in một lần, hãy lưu lại hoặc đổi trong trang quản trị):')
      for (const login of report.generatedLogins) console.log(`[seed]   ${login.role.padEnd(10)} ${login.email}  mật khẩu: ${login.password}`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
