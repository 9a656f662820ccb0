/** Adds N published articles for benchmarks (scripts/bench/site.ts), spread over categories and days. */
import { openPayload } from '../../src/boot/openPayload'

const count = Number(process.argv[2] || 5000)
const { payload } = await openPayload({ key: 'bench-seed' })
const categories = (await payload.find({ collection: 'categories', limit: 0, pagination: false, depth: 0 })).docs
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] })
const body = 'Thực hiện kế hoạch của Ủy ban nhân dân thị trấn, các thôn, tổ dân phố đã triển khai nhiều hoạt động thiết thực, được bà con nhân dân đồng tình hưởng ứng.'
const start = Date.now()
for (let index = 0; index < count; index++) {
  await payload.create({
    collection: 'articles',
    overrideAccess: true,
    context: { seeding: true },
    data: {
      title: `Tin số ${index + 1}: hoạt động của thị trấn Đồng Lê trong tuần`,
      summary: 'Bản tin tổng hợp các hoạt động nổi bật của địa phương trong tuần qua.',
      content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(body), paragraph(body), paragraph(body)] } } as never,
      category: categories[index % categories.length].id,
      publishedAt: new Date(start - (index + 60) * 3_600_000).toISOString(),
      _status: 'published',
    },
  })
}
await payload.destroy()
process.exit(0)
