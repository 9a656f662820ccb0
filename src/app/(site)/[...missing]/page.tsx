import { notFound } from 'next/navigation'

// Any path no other route claims gets the site's Vietnamese 404 inside the site layout (the app
// has two root layouts, admin and site, so there is no single app-wide not-found page).
export default function MissingPage() {
  notFound()
}
