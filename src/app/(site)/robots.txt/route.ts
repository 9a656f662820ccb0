import { buildRobots } from '../../../site/feeds'
import { siteUrl } from '../../../site/siteUrl'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return new Response(buildRobots(siteUrl(request), ['/admin', '/api', '/tim-kiem']), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
