import type { Metadata, Viewport } from 'next'
import type React from 'react'
import { SiteChrome } from '../../components/SiteChrome'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Trung tâm Văn hóa - Thể thao và Truyền thông', template: '%s · Loa' },
  description: 'Tin tức, thông báo và chương trình truyền thanh cơ sở của địa phương.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}
