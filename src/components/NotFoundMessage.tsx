import Link from 'next/link'

export function NotFoundMessage() {
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc đường dẫn bị gõ nhầm.</p>
      <p>
        <Link href="/">Về trang chủ</Link> để xem các tin mới nhất.
      </p>
    </>
  )
}
