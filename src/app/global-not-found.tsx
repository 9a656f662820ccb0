import type { Metadata } from 'next'
import { NotFoundMessage } from '../components/NotFoundMessage'
import { SiteChrome } from '../components/SiteChrome'
import './(site)/site.css'

// The app has two root layouts (admin and public site), so addresses that match no route are
// answered here, at the routing level, with the site's own Vietnamese 404.
export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <SiteChrome prerendered>
      <NotFoundMessage />
    </SiteChrome>
  )
}
