import { NotFoundMessage } from '../../components/NotFoundMessage'
import type { PageHead } from './types'

/** The Vietnamese 404 page, for any address that names nothing public. */
export const NOT_FOUND_HEAD: PageHead = { title: 'Không tìm thấy trang', noIndex: true }

export const notFoundBody = () => <NotFoundMessage />
