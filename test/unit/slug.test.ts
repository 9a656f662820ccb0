import { describe, expect, it } from 'vitest'
import { MAX_SLUG_LENGTH, removeVietnameseDiacritics, searchKey, slugFor, slugify, withSuffix } from '../../src/lib/slug'
import { articlePath, categoryPath, hasSlug, tagPath } from '../../src/site/publicPaths'

describe('slugify', () => {
  it.each([
    ['Cải cách hành chính: Đồng Lê đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4', 'cai-cach-hanh-chinh-dong-le-day-manh-dich-vu-cong-truc-tuyen-muc-do-3-4'],
    ['ĐỒNG LÊ', 'dong-le'],
    ['đường điện 35kV', 'duong-dien-35kv'],
    ['Thông báo: lịch tiếp công dân (tháng 12/2026)', 'thong-bao-lich-tiep-cong-dan-thang-12-2026'],
    ['  Nhiều   khoảng   trắng  ', 'nhieu-khoang-trang'],
    ['Ưu tiên – “ngoặc kép” & ký tự lạ!!!', 'uu-tien-ngoac-kep-ky-tu-la'],
    ['Quốc ngữ tổ hợp: Tiếng Việt', 'quoc-ngu-to-hop-tieng-viet'],
    ['Hòa, Hoà, Thủy, Thuỷ', 'hoa-hoa-thuy-thuy'],
    ['!!!', ''],
    ['', ''],
  ])('%s -> %s', (title, expected) => {
    expect(slugify(title)).toBe(expected)
  })

  it('handles decomposed (NFD) input the same as composed input', () => {
    expect(slugify('Đồng Lê'.normalize('NFD'))).toBe('dong-le')
  })

  it('cuts long titles at a word boundary, never mid-word', () => {
    const title = 'Hội nghị triển khai kế hoạch chuyển đổi số năm 2027 của thị trấn Đồng Lê cùng các thôn bản vùng cao và các tổ công nghệ số cộng đồng'
    const slug = slugify(title)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slugify(title, 1000).startsWith(slug + '-')).toBe(true)
  })

  it('produces only lowercase ascii letters, digits and single dashes', () => {
    expect(slugify('Bản tin Phát thanh -- Sáng Thứ Hai, 30/11')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

describe('withSuffix', () => {
  it.each([
    ['tin-moi', 1, 'tin-moi'],
    ['tin-moi', 2, 'tin-moi-2'],
    ['tin-moi', 12, 'tin-moi-12'],
  ])('%s attempt %i -> %s', (slug, attempt, expected) => {
    expect(withSuffix(slug, attempt)).toBe(expected)
  })

  it('keeps suffixed slugs within the length limit', () => {
    expect(withSuffix('a'.repeat(MAX_SLUG_LENGTH), 3)).toHaveLength(MAX_SLUG_LENGTH)
  })
})

describe('search keys', () => {
  it.each([
    ['Đồng Lê', 'dong le'],
    ['CẢI CÁCH', 'cai cach'],
    ['cải  cách\nhành chính', 'cai cach hanh chinh'],
  ])('%s -> %s', (text, expected) => {
    expect(searchKey(text)).toBe(expected)
  })

  it('keeps case when only removing diacritics', () => {
    expect(removeVietnameseDiacritics('Đài Phát thanh')).toBe('Dai Phat thanh')
  })
})

describe('slugFor: never an empty slug', () => {
  it.each([
    ['', 'Đồng Lê đón Tết', 'bai-viet', 'dong-le-don-tet'],
    [null, 'Đồng Lê', 'bai-viet', 'dong-le'],
    ['tu-chon', 'Đồng Lê', 'bai-viet', 'tu-chon'],
    ['???', 'Đồng Lê', 'bai-viet', 'dong-le'],
    ['', '!!!', 'bai-viet', 'bai-viet'],
    ['', '… — “” ★', 'chuyen-muc', 'chuyen-muc'],
    ['', '中文标题', 'tu-khoa', 'tu-khoa'],
    [undefined, undefined, 'bai-viet', 'bai-viet'],
  ])('slug %j, title %j -> %s', (given, source, fallback, expected) => {
    expect(slugFor(given, source, fallback)).toBe(expected)
  })
})

describe('public paths', () => {
  it.each([
    [articlePath, 'a-b', '/tin-tuc/a-b'],
    [categoryPath, 'thoi-su', '/chuyen-muc/thoi-su'],
    [tagPath, 'tet', '/tag/tet'],
    [articlePath, null, '/_khong-tim-thay'],
    [categoryPath, '', '/_khong-tim-thay'],
    [tagPath, undefined, '/_khong-tim-thay'],
  ])('%#: %j -> %s', (toPath, slug, expected) => {
    expect(toPath(slug)).toBe(expected)
  })

  it('feeds and sitemaps skip documents without a slug', () => {
    expect([{ slug: 'a' }, { slug: null }, { slug: '' }, {}].filter(hasSlug)).toEqual([{ slug: 'a' }])
  })
})
