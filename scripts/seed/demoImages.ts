import type { Payload } from 'payload'
import sharp from 'sharp'

/**
 * Demo pictures, drawn here as simple illustrations (no text, no photos of real people), so the
 * repository carries no binary files and the seed works offline. Each becomes a library image with
 * its WebP sizes, like an editor's upload.
 */
type DemoImage = { key: string; alt: string; caption: string; svg: string }

const W = 1600
const H = 900

const counters = [0, 1, 2]
  .map((i) => {
    const x = 180 + i * 440
    return `<rect x="${x}" y="420" width="360" height="200" rx="8" fill="#c8a27a"/><rect x="${x + 110}" y="300" width="140" height="100" rx="6" fill="#1d3557"/><rect x="${x + 125}" y="315" width="110" height="70" fill="#a8dadc"/>`
  })
  .join('')
const chairs = Array.from({ length: 8 }, (_, i) => `<rect x="${170 + i * 160}" y="720" width="110" height="70" rx="10" fill="#457b9d"/>`).join('')

const DEMO_IMAGES: DemoImage[] = [
  {
    key: 'mot-cua',
    alt: 'Hình minh họa khu vực một cửa: ba quầy tiếp nhận có màn hình, phía trước là hàng ghế chờ màu xanh.',
    caption: 'Bộ phận tiếp nhận và trả kết quả thị trấn Đồng Lê (ảnh minh họa).',
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#f1ede4"/><rect y="620" width="${W}" height="280" fill="#d9d2c3"/><rect x="600" y="80" width="400" height="140" rx="10" fill="#a3140f"/><rect x="640" y="110" width="320" height="80" fill="#fbe3a1"/>${counters}${chairs}</svg>`,
  },
  {
    key: 'dong-lua',
    alt: 'Hình minh họa cánh đồng lúa xanh trải dài dưới chân dãy núi, trời trong xanh.',
    caption: 'Cánh đồng vụ Đông Xuân ở Đồng Lê (ảnh minh họa).',
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ecae6"/><stop offset="1" stop-color="#e0f4ff"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/><circle cx="1320" cy="160" r="70" fill="#ffd166"/><path d="M0 470 L260 250 L480 430 L760 200 L1060 440 L1300 300 L1600 460 L1600 560 L0 560 Z" fill="#2d6a4f"/>${Array.from({ length: 9 }, (_, i) => `<rect y="${520 + i * 42}" width="${W}" height="42" fill="${i % 2 ? '#74c69d' : '#52b788'}"/>`).join('')}</svg>`,
  },
]

/** Creates the demo images that are missing (matched by file name); returns their ids by key. */
export async function seedDemoImages(payload: Payload): Promise<{ ids: Map<string, number>; created: number }> {
  const ids = new Map<string, number>()
  let created = 0
  for (const image of DEMO_IMAGES) {
    const filename = `${image.key}.jpg`
    const existing = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0, overrideAccess: true })
    if (existing.docs[0]) {
      ids.set(image.key, existing.docs[0].id as number)
      continue
    }
    const data = await sharp(Buffer.from(image.svg)).jpeg({ quality: 82 }).toBuffer()
    const doc = await payload.create({
      collection: 'media',
      overrideAccess: true,
      context: { seeding: true },
      data: { alt: image.alt, caption: image.caption },
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    })
    ids.set(image.key, doc.id as number)
    created++
  }
  return { ids, created }
}
