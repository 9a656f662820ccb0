
export function NotFoundMessage() {
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại, đã bị gỡ hoặc đường dẫn bị gõ nhầm.</p>
      <p>
        <a href="/">Về trang chủ</a> để xem các tin mới nhất.
      </p>
    </>
  )
}
