import Page, { generateMetadata } from '../../page'

export const dynamic = 'force-dynamic'
export { generateMetadata }
export default Page
