import type { Metadata } from 'next'

// Only addresses under the admin's own prefixes (/_next, /next) that match nothing reach Next's
// 404: public addresses are answered by the site (src/http/publicSite) with its own 404 page.
export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body>
        <h1>Không tìm thấy trang</h1>
        <p>
          <a href="/">Về trang chủ</a>
        </p>
      </body>
    </html>
  )
}
