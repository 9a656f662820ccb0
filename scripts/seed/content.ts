/**
 * Nội dung mẫu (demo) cho Loa: thị trấn Đồng Lê, huyện Tuyên Hóa, tỉnh Quảng Bình.
 *
 * Toàn bộ tin bài dưới đây là nội dung hư cấu, viết riêng cho mục đích trình diễn
 * và kiểm thử; tên người, số liệu và sự kiện không phản ánh thông tin thực tế.
 * Tệp này chỉ chứa dữ liệu thuần, không phụ thuộc module nào khác.
 */

export type SeedCategory = { name: string; slug: string; description: string; order: number }

export type SeedBlock =
  | { type: 'paragraph'; text: string; link?: { text: string; url: string }; after?: string } // đoạn văn, có thể kèm liên kết ở cuối
  | { type: 'heading'; text: string } // hiển thị dạng h2
  | { type: 'list'; items: string[] } // danh sách gạch đầu dòng
  | { type: 'quote'; text: string }
  | { type: 'table'; header: string[]; rows: string[][] } // bảng, hàng đầu là tiêu đề cột
  | { type: 'image'; image: string; caption?: string } // ảnh trong thư viện (khóa trong demoImages)

export type SeedArticle = {
  key: string
  title: string
  categorySlug: string
  summary: string
  body: SeedBlock[]
  tags: string[]
  source?: { name: string; url?: string }
  authorName: string
  daysAgo: number
  hour: number
  minute: number
  /** voice 'synthetic': the demo reads it with the local voice (espeak-ng) instead of a placeholder tone. */
  broadcast?: { include: boolean; script?: string; voice?: 'synthetic' }
  /** Ảnh đại diện: khóa của một ảnh mẫu (scripts/seed/demoImages.ts). */
  heroImage?: string
  draft?: boolean
  /** A draft's place in the approval flow: sent by the demo editor, or also returned by the demo approver with this reason. */
  review?: { submitted: true; returnedWith?: string }
}

const THUONG = 'Nguyễn Thị Hoài Thương'
const LAM = 'Trần Đức Lâm'
const HAI = 'Lê Minh Hải'
const HA = 'Phạm Thu Hà'

const SRC_DPTTH = { name: 'Đài Phát thanh và Truyền hình Quảng Bình' }
const SRC_UBND = { name: 'UBND thị trấn Đồng Lê', url: 'https://dongle.example.vn' }
const SRC_TRUNG_TAM = { name: 'Trung tâm Văn hóa - Thể thao và Truyền thông huyện Tuyên Hóa', url: 'https://tuyenhoa.example.vn' }
const SRC_PHONG_VHTT = { name: 'Phòng Văn hóa và Thông tin huyện Tuyên Hóa' }

export const categories: SeedCategory[] = [
  {
    name: 'Cải cách hành chính',
    slug: 'cai-cach-hanh-chinh',
    description: 'Tin tức về cải cách thủ tục hành chính, bộ phận một cửa và dịch vụ công trực tuyến trên địa bàn thị trấn.',
    order: 1,
  },
  {
    name: 'Chuyển đổi số',
    slug: 'chuyen-doi-so',
    description: 'Hoạt động chuyển đổi số, triển khai Đề án 06 và phát triển chính quyền số, kinh tế số, xã hội số ở cơ sở.',
    order: 2,
  },
  {
    name: 'Kinh tế - Xã hội',
    slug: 'kinh-te-xa-hoi',
    description: 'Tình hình sản xuất nông nghiệp, xây dựng nông thôn mới, phòng chống thiên tai và đời sống văn hóa, thể thao của nhân dân.',
    order: 3,
  },
  {
    name: 'Thông báo',
    slug: 'thong-bao',
    description: 'Các thông báo, lịch làm việc và thông tin cần thiết của chính quyền, cơ quan, đơn vị gửi đến người dân.',
    order: 4,
  },
]

export const articles: SeedArticle[] = [
  // ───────────────────────── Cải cách hành chính ─────────────────────────
  {
    key: 'cchc-dvc-truc-tuyen',
    title: 'Cải cách hành chính: Đồng Lê đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Từ đầu năm đến nay, thị trấn Đồng Lê đã tiếp nhận hơn 1.800 hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia, tỷ lệ giải quyết đúng hạn đạt trên 98%, giúp người dân tiết kiệm đáng kể thời gian và chi phí đi lại.',
    body: [
      { type: 'paragraph', text: 'Thời gian qua, UBND thị trấn Đồng Lê (huyện Tuyên Hóa) xác định cải cách hành chính gắn với chuyển đổi số là nhiệm vụ trọng tâm. Toàn bộ thủ tục hành chính thuộc thẩm quyền cấp xã đã được công khai trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, trong đó nhiều thủ tục được cung cấp ở mức toàn trình, tương đương mức độ 4 trước đây.' },
      { type: 'paragraph', text: 'Theo bà Nguyễn Thị Thanh Hương, công chức phụ trách bộ phận một cửa, các thủ tục có lượng hồ sơ lớn như chứng thực bản sao, đăng ký khai sinh, đăng ký kết hôn, xác nhận tình trạng hôn nhân đều đã được người dân nộp trực tuyến. Kết quả được trả qua thư điện tử, qua dịch vụ bưu chính công ích hoặc trên tài khoản định danh điện tử VNeID.' },
      { type: 'heading', text: 'Hỗ trợ tận nơi, hướng dẫn từng bước' },
      { type: 'paragraph', text: 'Để người dân quen với cách làm mới, thị trấn bố trí máy tính kết nối mạng tại khu vực chờ và cử đoàn viên thanh niên trực hướng dẫn trong giờ hành chính. Các tổ công nghệ số cộng đồng ở tiểu khu cũng đến từng hộ gia đình giúp cài đặt ứng dụng, tạo tài khoản và thực hành nộp hồ sơ mẫu.' },
      { type: 'list', items: ['Khoảng 72% hồ sơ được tiếp nhận qua môi trường mạng;', 'Trên 98% hồ sơ được giải quyết đúng và trước hạn;', '100% kết quả giải quyết thủ tục hành chính được số hóa, lưu trữ điện tử.'] },
      { type: 'quote', text: 'Trước đây làm giấy khai sinh cho con, tôi phải xin nghỉ nửa buổi làm. Giờ ngồi ở nhà nộp qua điện thoại, đến hẹn là có kết quả. (Chị Lê Thị Mai, Tiểu khu 5)' },
      { type: 'paragraph', text: 'Thời gian tới, thị trấn Đồng Lê tiếp tục rà soát, đơn giản hóa quy trình nội bộ, nâng cao chất lượng số hóa hồ sơ và phấn đấu đến cuối năm có ít nhất 80% hồ sơ được tiếp nhận, xử lý trực tuyến.' },
      { type: 'paragraph', text: 'Người dân có thể tra cứu thủ tục và nộp hồ sơ trên ', link: { text: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' }, after: '.' },
    ],
    tags: ['dịch vụ công', 'chuyển đổi số', 'một cửa'],
    source: SRC_DPTTH,
    authorName: THUONG,
    heroImage: 'mot-cua',
    daysAgo: 0, hour: 8, minute: 15,
    broadcast: {
      include: true,
      script: 'Thưa quý vị và các bạn, thời gian qua thị trấn Đồng Lê đã đẩy mạnh tiếp nhận và giải quyết thủ tục hành chính qua Cổng Dịch vụ công quốc gia. Nhiều thủ tục như chứng thực, đăng ký khai sinh, đăng ký kết hôn đã có thể nộp ngay trên điện thoại mà không cần đến trụ sở. Hiện nay, khoảng bảy mươi hai phần trăm hồ sơ được nộp trực tuyến và trên chín mươi tám phần trăm hồ sơ được giải quyết đúng hạn. Bà con cần hỗ trợ xin liên hệ bộ phận một cửa của thị trấn hoặc tổ công nghệ số cộng đồng tại tiểu khu nơi mình sinh sống.',
    },
  },
  {
    key: 'cchc-mot-cua-lay-so-tu-dong',
    title: 'Bộ phận một cửa thị trấn Đồng Lê vận hành hệ thống lấy số thứ tự tự động',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Từ đầu tháng này, người dân đến làm thủ tục tại bộ phận một cửa thị trấn Đồng Lê được lấy số thứ tự tự động và có thể đánh giá mức độ hài lòng bằng máy tính bảng đặt ngay tại quầy.',
    body: [
      { type: 'paragraph', text: 'Nhằm nâng cao chất lượng phục vụ, UBND thị trấn Đồng Lê vừa đưa vào sử dụng hệ thống lấy số thứ tự tự động tại Bộ phận tiếp nhận và trả kết quả. Khi đến trụ sở, người dân chỉ cần chọn lĩnh vực cần giải quyết trên màn hình cảm ứng, máy sẽ in phiếu ghi số thứ tự và quầy phục vụ tương ứng.' },
      { type: 'paragraph', text: 'Số thứ tự được hiển thị trên màn hình lớn và đọc qua loa, giúp khu vực chờ trật tự hơn, tránh tình trạng chen lấn vào những ngày cao điểm đầu tuần. Mỗi quầy đều có máy tính bảng để người dân chấm điểm thái độ phục vụ của công chức ngay sau khi nhận kết quả.' },
      { type: 'heading', text: 'Không gian một cửa thân thiện hơn' },
      { type: 'image', image: 'mot-cua', caption: 'Khu vực chờ của Bộ phận tiếp nhận và trả kết quả sau khi bố trí lại (ảnh minh họa).' },
      { type: 'paragraph', text: 'Bên cạnh hệ thống lấy số, khu vực một cửa được bố trí lại theo hướng mở, có ghế chờ, nước uống, kính lão, bút viết, bảng niêm yết thủ tục và mã QR tra cứu tình trạng hồ sơ. Người cao tuổi, người khuyết tật và phụ nữ mang thai được ưu tiên phục vụ trước.' },
      { type: 'paragraph', text: 'Ông Hoàng Văn Quý, Chủ tịch UBND thị trấn, cho biết kinh phí đầu tư được bố trí từ nguồn cải cách hành chính năm nay. Kết quả đánh giá của người dân sẽ là một căn cứ để xếp loại công chức hằng tháng, qua đó nâng cao tinh thần trách nhiệm và thái độ phục vụ nhân dân.' },
    ],
    tags: ['một cửa', 'dịch vụ công'],
    source: SRC_UBND,
    authorName: LAM,
    daysAgo: 1, hour: 9, minute: 30,
  },
  {
    key: 'cchc-khao-sat-hai-long',
    title: 'Hơn 96% người dân hài lòng khi giải quyết thủ tục hành chính tại thị trấn',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Kết quả khảo sát quý gần nhất cho thấy 96,4% người dân, tổ chức hài lòng với việc giải quyết thủ tục hành chính tại UBND thị trấn Đồng Lê, tăng 2,1 điểm phần trăm so với cùng kỳ năm trước.',
    body: [
      { type: 'paragraph', text: 'Đợt khảo sát được thực hiện bằng ba hình thức: phiếu giấy phát tại bộ phận một cửa, máy tính bảng đặt tại quầy và đường dẫn khảo sát trực tuyến gửi kèm tin nhắn thông báo kết quả. Tổng cộng có 420 lượt người dân, tổ chức tham gia đánh giá.' },
      { type: 'paragraph', text: 'Các tiêu chí được đánh giá cao nhất là sự rõ ràng của thông tin niêm yết, thái độ của công chức và việc trả kết quả đúng hẹn. Nhiều ý kiến ghi nhận công chức hướng dẫn tận tình, chỉ yêu cầu bổ sung hồ sơ một lần.' },
      {
        type: 'table',
        header: ['Tiêu chí', 'Tỷ lệ hài lòng', 'So với cùng kỳ'],
        rows: [
          ['Tiếp cận thông tin thủ tục', '97,1%', '+1,8 điểm'],
          ['Thái độ, tinh thần phục vụ của công chức', '98,0%', '+2,5 điểm'],
          ['Thời gian giải quyết hồ sơ', '94,6%', '+2,3 điểm'],
          ['Cơ sở vật chất khu vực một cửa', '95,8%', '+1,7 điểm'],
        ],
      },
      { type: 'paragraph', text: 'Bên cạnh đó, một số người dân phản ánh các thủ tục liên quan đến đất đai còn kéo dài do phải liên thông lên cấp huyện. UBND thị trấn đã tổng hợp, kiến nghị huyện rút ngắn thời gian luân chuyển hồ sơ và tăng cường trao đổi qua hệ thống điện tử.' },
      { type: 'quote', text: 'Mỗi ý kiến góp ý là một địa chỉ cụ thể để chúng tôi sửa đổi. Hài lòng của người dân là thước đo quan trọng nhất của cải cách hành chính.' },
      { type: 'paragraph', text: 'Kết quả khảo sát được công khai tại trụ sở và trên trang thông tin điện tử của thị trấn để người dân cùng theo dõi, giám sát.' },
    ],
    tags: ['một cửa', 'dịch vụ công'],
    source: SRC_UBND,
    authorName: HAI,
    daysAgo: 2, hour: 14, minute: 0,
  },
  {
    key: 'cchc-phi-le-phi-khong-dung-tien-mat',
    title: 'Khuyến khích nộp phí, lệ phí thủ tục hành chính không dùng tiền mặt',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Bộ phận một cửa thị trấn Đồng Lê đã niêm yết mã QR và kết nối nền tảng thanh toán trực tuyến, giúp người dân nộp phí, lệ phí nhanh chóng, minh bạch, không phải chuẩn bị tiền lẻ.',
    body: [
      { type: 'paragraph', text: 'Thực hiện chủ trương thúc đẩy thanh toán không dùng tiền mặt trong khu vực công, UBND thị trấn Đồng Lê đã phối hợp với ngân hàng trên địa bàn mở tài khoản chuyên thu và niêm yết mã QR tại từng quầy tiếp nhận hồ sơ. Người dân có thể quét mã bằng ứng dụng ngân hàng hoặc ví điện tử để nộp phí chứng thực, lệ phí hộ tịch.' },
      { type: 'paragraph', text: 'Với hồ sơ nộp qua Cổng Dịch vụ công quốc gia, người dân thanh toán trực tuyến ngay ở bước cuối cùng. Biên lai điện tử được gửi về thư điện tử hoặc tài khoản cá nhân, thuận tiện cho việc lưu trữ và đối chiếu khi cần.' },
      { type: 'heading', text: 'Minh bạch, tiện lợi cho cả hai phía' },
      { type: 'paragraph', text: 'Theo công chức bộ phận một cửa, việc thu qua tài khoản giúp giảm thời gian kiểm đếm, hạn chế sai sót và bảo đảm mọi khoản thu được ghi nhận đầy đủ. Trong tháng vừa qua, gần 40% giao dịch thu phí, lệ phí tại thị trấn đã được thực hiện không dùng tiền mặt.' },
      { type: 'list', items: ['Quét mã QR niêm yết tại quầy bằng ứng dụng ngân hàng;', 'Thanh toán trực tuyến khi nộp hồ sơ trên Cổng Dịch vụ công quốc gia;', 'Nhận biên lai điện tử qua thư điện tử hoặc tài khoản cá nhân.'] },
      { type: 'paragraph', text: 'Thị trấn vẫn duy trì thu tiền mặt đối với người dân chưa có tài khoản ngân hàng, đồng thời giao Đoàn Thanh niên hướng dẫn người cao tuổi cách sử dụng ứng dụng thanh toán an toàn.' },
    ],
    tags: ['dịch vụ công', 'thanh toán không dùng tiền mặt'],
    source: SRC_UBND,
    authorName: HA,
    daysAgo: 3, hour: 10, minute: 45,
  },
  {
    key: 'cchc-lien-thong-khai-sinh',
    title: 'Liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Chỉ với một bộ hồ sơ điện tử, cha mẹ ở thị trấn Đồng Lê có thể đồng thời làm thủ tục khai sinh, đăng ký thường trú và nhận thẻ bảo hiểm y tế cho con mà không phải đi lại nhiều nơi.',
    body: [
      { type: 'paragraph', text: 'Nhóm thủ tục liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi là một trong hai nhóm dịch vụ công thiết yếu thuộc Đề án 06 của Chính phủ. Tại thị trấn Đồng Lê, từ đầu năm đến nay đã có 126 hồ sơ được giải quyết theo hình thức này.' },
      { type: 'paragraph', text: 'Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử, khai thông tin một lần trên biểu mẫu điện tử. Hệ thống tự động chuyển dữ liệu đến công chức tư pháp - hộ tịch, công an thị trấn và cơ quan bảo hiểm xã hội để xử lý song song.' },
      { type: 'heading', text: 'Giảm giấy tờ, rút ngắn thời gian' },
      { type: 'paragraph', text: 'Trước đây, để hoàn tất ba thủ tục, cha mẹ phải chuẩn bị nhiều bộ hồ sơ giấy và đến ít nhất ba cơ quan. Nay toàn bộ quy trình được rút ngắn còn vài ngày làm việc, kết quả được trả qua bưu điện hoặc nhận trực tiếp tại bộ phận một cửa.' },
      { type: 'quote', text: 'Vợ tôi vừa sinh em bé, tôi chỉ ngồi nhà khai hồ sơ trên điện thoại, tuần sau đã nhận đủ giấy khai sinh và thẻ bảo hiểm y tế cho cháu. (Anh Đinh Văn Toàn, Tiểu khu 3)' },
      { type: 'paragraph', text: 'UBND thị trấn đề nghị Trạm Y tế, các tiểu khu tiếp tục tuyên truyền để các gia đình có trẻ mới sinh chủ động sử dụng dịch vụ, góp phần hoàn thành chỉ tiêu Đề án 06 năm nay.' },
    ],
    tags: ['Đề án 06', 'dịch vụ công'],
    source: SRC_DPTTH,
    authorName: THUONG,
    daysAgo: 4, hour: 8, minute: 0,
  },
  {
    key: 'cchc-doi-thoai-ho-kinh-doanh',
    title: 'Đối thoại với hộ kinh doanh về thủ tục hành chính và môi trường kinh doanh',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Hơn 60 hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn thị trấn Đồng Lê đã trao đổi trực tiếp với lãnh đạo địa phương về những khó khăn khi thực hiện thủ tục đăng ký kinh doanh, thuế và đất đai.',
    body: [
      { type: 'paragraph', text: 'Sáng qua, UBND thị trấn Đồng Lê phối hợp với Phòng Tài chính - Kế hoạch huyện Tuyên Hóa tổ chức hội nghị đối thoại với hộ kinh doanh, doanh nghiệp năm nay. Hội nghị nhằm lắng nghe ý kiến, tháo gỡ vướng mắc và cải thiện môi trường đầu tư, kinh doanh tại địa phương.' },
      { type: 'paragraph', text: 'Tại hội nghị, các hộ kinh doanh nêu nhiều vấn đề cụ thể như thủ tục thay đổi nội dung đăng ký hộ kinh doanh, cách kê khai thuế điện tử, điều kiện sử dụng vỉa hè tạm thời vào dịp lễ, Tết và thủ tục chuyển mục đích sử dụng đất để mở rộng cơ sở sản xuất.' },
      { type: 'heading', text: 'Trả lời tận nơi, hướng dẫn cụ thể' },
      { type: 'paragraph', text: 'Đại diện các cơ quan chuyên môn đã trả lời trực tiếp từng ý kiến, đồng thời hướng dẫn hộ kinh doanh nộp hồ sơ trực tuyến để giảm thời gian đi lại. Những kiến nghị vượt thẩm quyền được tổng hợp gửi cấp trên xem xét, giải quyết.' },
      { type: 'list', items: ['Thành lập nhóm hỗ trợ kê khai thuế điện tử cho hộ kinh doanh;', 'Công khai quy trình cấp phép sử dụng tạm thời vỉa hè;', 'Định kỳ mỗi quý tổ chức gặp mặt, đối thoại với cộng đồng kinh doanh.'] },
      { type: 'paragraph', text: 'Phát biểu kết luận, lãnh đạo thị trấn khẳng định chính quyền luôn đồng hành cùng hộ kinh doanh, coi đây là lực lượng quan trọng đóng góp vào tăng trưởng kinh tế và tạo việc làm cho lao động địa phương.' },
    ],
    tags: ['dịch vụ công', 'một cửa', 'hộ kinh doanh'],
    source: SRC_UBND,
    authorName: LAM,
    daysAgo: 5, hour: 15, minute: 20,
  },
  {
    key: 'cchc-so-hoa-so-ho-tich',
    title: 'Đồng Lê số hóa hơn 12.000 trang sổ hộ tịch',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Toàn bộ sổ đăng ký khai sinh, kết hôn, khai tử của thị trấn Đồng Lê từ năm 1995 đến nay đã được số hóa, giúp việc tra cứu, cấp bản sao trích lục nhanh hơn và giảm yêu cầu giấy tờ với người dân.',
    body: [
      { type: 'paragraph', text: 'Sau gần năm tháng triển khai, thị trấn Đồng Lê đã hoàn thành số hóa hơn 12.000 trang sổ hộ tịch, tương ứng khoảng 9.300 sự kiện khai sinh, kết hôn và khai tử. Dữ liệu được cập nhật vào cơ sở dữ liệu hộ tịch điện tử dùng chung của ngành tư pháp.' },
      { type: 'paragraph', text: 'Nhiều cuốn sổ lập từ những năm 1990 đã ố vàng, chữ viết tay mờ, đòi hỏi cán bộ phải đối chiếu cẩn thận từng trường thông tin. Thị trấn đã huy động công chức tư pháp - hộ tịch cùng đoàn viên thanh niên làm thêm ngoài giờ để bảo đảm tiến độ và độ chính xác.' },
      { type: 'heading', text: 'Tiện ích thiết thực cho người dân' },
      { type: 'paragraph', text: 'Khi dữ liệu đã được số hóa, người dân đề nghị cấp bản sao trích lục hộ tịch không cần mang theo giấy tờ gốc. Công chức có thể tra cứu ngay trên hệ thống, rút ngắn thời gian giải quyết từ vài ngày xuống trong ngày làm việc.' },
      { type: 'paragraph', text: 'Dữ liệu hộ tịch số hóa cũng là nguồn quan trọng để làm sạch cơ sở dữ liệu quốc gia về dân cư theo yêu cầu của Đề án 06, phục vụ các thủ tục liên thông và dịch vụ công trực tuyến khác.' },
    ],
    tags: ['chuyển đổi số', 'Đề án 06', 'dịch vụ công'],
    source: SRC_UBND,
    authorName: HAI,
    daysAgo: 6, hour: 9, minute: 10,
  },
  {
    key: 'cchc-chu-ky-so-van-ban',
    title: '100% cán bộ, công chức thị trấn dùng chữ ký số trong xử lý văn bản',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Việc sử dụng chữ ký số và hệ thống quản lý văn bản điện tử giúp UBND thị trấn Đồng Lê giảm mạnh văn bản giấy, rút ngắn thời gian luân chuyển và tiết kiệm chi phí hành chính.',
    body: [
      { type: 'paragraph', text: 'Đến nay, tất cả cán bộ, công chức UBND thị trấn Đồng Lê đã được cấp chứng thư số cá nhân và sử dụng thành thạo chữ ký số trên điện thoại. Các văn bản đi, trừ văn bản mật theo quy định, đều được ký số và phát hành qua hệ thống quản lý văn bản và điều hành của tỉnh.' },
      { type: 'paragraph', text: 'Trước đây, một văn bản phải in, trình ký, đóng dấu rồi gửi bằng đường bưu điện hoặc mang trực tiếp đến các cơ quan. Nay quy trình được thực hiện hoàn toàn trên môi trường mạng, lãnh đạo có thể phê duyệt ngay cả khi đi công tác.' },
      { type: 'list', items: ['Giảm khoảng 70% lượng giấy in so với cùng kỳ;', 'Thời gian luân chuyển văn bản rút ngắn từ 2 đến 3 ngày xuống còn vài giờ;', 'Toàn bộ hồ sơ công việc được lưu trữ, tra cứu tập trung.'] },
      { type: 'paragraph', text: 'Để bảo đảm an toàn thông tin, thị trấn thường xuyên nhắc nhở cán bộ không chia sẻ mã PIN, cập nhật phần mềm và cảnh giác với các đường dẫn lạ. Việc sử dụng chữ ký số cũng được đưa vào tiêu chí đánh giá, xếp loại công chức cuối năm.' },
    ],
    tags: ['chuyển đổi số', 'chữ ký số'],
    source: SRC_PHONG_VHTT,
    authorName: HA,
    daysAgo: 7, hour: 16, minute: 30,
  },
  {
    key: 'cchc-phan-anh-kien-nghi',
    title: 'Đồng Lê công khai kết quả xử lý phản ánh, kiến nghị của người dân',
    categorySlug: 'cai-cach-hanh-chinh',
    summary: 'Trong quý vừa qua, UBND thị trấn Đồng Lê tiếp nhận 47 phản ánh, kiến nghị qua các kênh trực tiếp và trực tuyến; đã xử lý dứt điểm 44 trường hợp, số còn lại đang được xác minh.',
    body: [
      { type: 'paragraph', text: 'Nhằm tăng cường sự giám sát của nhân dân, UBND thị trấn Đồng Lê bắt đầu công khai định kỳ kết quả tiếp nhận và xử lý phản ánh, kiến nghị. Thông tin được niêm yết tại trụ sở, đăng trên trang thông tin điện tử và phát trên hệ thống truyền thanh cơ sở.' },
      { type: 'paragraph', text: 'Người dân có thể gửi phản ánh qua hòm thư góp ý, đường dây nóng, hệ thống tiếp nhận phản ánh trực tuyến của tỉnh hoặc trực tiếp tại các buổi tiếp công dân. Mỗi phản ánh đều được gắn mã theo dõi để người gửi tra cứu tiến độ.' },
      { type: 'heading', text: 'Nội dung phản ánh tập trung' },
      { type: 'list', items: ['Hư hỏng đèn chiếu sáng, mặt đường ở một số tuyến nội thị;', 'Thời gian thu gom rác thải sinh hoạt chưa phù hợp;', 'Lấn chiếm vỉa hè, lòng đường để kinh doanh;', 'Thắc mắc về chính sách bảo hiểm xã hội tự nguyện.'] },
      { type: 'paragraph', text: 'Phần lớn phản ánh được giải quyết trong vòng 5 ngày làm việc. Một số nội dung liên quan đến hạ tầng đã được thị trấn đưa vào kế hoạch sửa chữa, nâng cấp trong năm. Lãnh đạo thị trấn cảm ơn người dân đã tích cực góp ý và đề nghị tiếp tục đồng hành cùng chính quyền xây dựng đô thị văn minh.' },
    ],
    tags: ['dịch vụ công', 'đời sống', 'môi trường'],
    source: SRC_UBND,
    authorName: THUONG,
    daysAgo: 9, hour: 10, minute: 0,
  },

  // ───────────────────────── Chuyển đổi số ─────────────────────────
  {
    key: 'cds-vneid-muc-2',
    title: 'Đồng Lê mở đợt cao điểm hỗ trợ người dân kích hoạt định danh điện tử mức độ 2',
    categorySlug: 'chuyen-doi-so',
    summary: 'Trong 15 ngày cao điểm, Công an thị trấn phối hợp với Đoàn Thanh niên và các tổ công nghệ số cộng đồng hỗ trợ người dân Đồng Lê đăng ký, kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID.',
    body: [
      { type: 'paragraph', text: 'Tài khoản định danh điện tử mức độ 2 cho phép người dân đăng nhập Cổng Dịch vụ công quốc gia, sử dụng các giấy tờ tích hợp như giấy phép lái xe, thẻ bảo hiểm y tế và thực hiện nhiều thủ tục trực tuyến mà không cần xuất trình giấy tờ giấy. Đây là nền tảng quan trọng để triển khai Đề án 06 tại cơ sở.' },
      { type: 'paragraph', text: 'Trong đợt cao điểm, các điểm hỗ trợ được bố trí tại trụ sở Công an thị trấn, nhà văn hóa các tiểu khu và chợ Đồng Lê. Lực lượng hỗ trợ làm việc cả buổi tối và ngày nghỉ để người đi làm, học sinh từ đủ 14 tuổi có thể tham gia.' },
      { type: 'heading', text: 'Những điều người dân cần chuẩn bị' },
      { type: 'list', items: ['Thẻ căn cước hoặc căn cước công dân gắn chíp còn hiệu lực;', 'Điện thoại thông minh đã cài đặt ứng dụng VNeID;', 'Số điện thoại chính chủ đang sử dụng.'] },
      { type: 'paragraph', text: 'Công an thị trấn khuyến cáo người dân chỉ tải ứng dụng VNeID từ kho ứng dụng chính thức, tuyệt đối không cung cấp mã xác thực cho bất kỳ ai qua điện thoại hay mạng xã hội. Các đối tượng lừa đảo thường giả danh công an để đề nghị “hỗ trợ kích hoạt từ xa”.' },
      { type: 'paragraph', text: 'Đến nay, tỷ lệ người dân trong độ tuổi đã kích hoạt tài khoản định danh điện tử mức độ 2 của thị trấn đạt khoảng 81%, thị trấn phấn đấu nâng lên trên 90% sau đợt cao điểm.' },
    ],
    tags: ['Đề án 06', 'chuyển đổi số'],
    source: SRC_TRUNG_TAM,
    authorName: LAM,
    daysAgo: 0, hour: 15, minute: 45,
    broadcast: {
      include: true,
      script: 'Thưa quý vị và các bạn, từ nay đến hết ngày mười lăm, Công an thị trấn Đồng Lê mở đợt cao điểm hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ hai trên ứng dụng VNeID. Các điểm hỗ trợ được đặt tại trụ sở Công an thị trấn, nhà văn hóa các tiểu khu và chợ Đồng Lê, làm việc cả buổi tối và ngày nghỉ. Khi đi, bà con nhớ mang theo thẻ căn cước và điện thoại dùng số chính chủ. Xin lưu ý, tuyệt đối không cung cấp mã xác thực cho bất kỳ ai gọi điện tự xưng là công an để tránh bị lừa đảo.',
    },
  },
  {
    key: 'cds-to-cong-nghe-so-cong-dong',
    title: 'Tổ công nghệ số cộng đồng: cầu nối đưa chuyển đổi số đến từng hộ dân',
    categorySlug: 'chuyen-doi-so',
    summary: 'Với 12 tổ và gần 80 thành viên, mạng lưới tổ công nghệ số cộng đồng ở thị trấn Đồng Lê đang trở thành lực lượng nòng cốt giúp người dân tiếp cận dịch vụ công trực tuyến, thanh toán điện tử và kỹ năng số.',
    body: [
      { type: 'paragraph', text: 'Mỗi tiểu khu của thị trấn Đồng Lê hiện có một tổ công nghệ số cộng đồng, thành phần gồm trưởng tiểu khu, công an khu vực, đoàn viên thanh niên, giáo viên và cả những người kinh doanh có hiểu biết về công nghệ. Các tổ hoạt động theo hình thức “cầm tay chỉ việc”, đến từng nhà hướng dẫn người dân.' },
      { type: 'paragraph', text: 'Anh Trương Công Định, tổ trưởng tổ công nghệ số Tiểu khu 7, cho biết mỗi tối thành viên trong tổ lại chia nhau đi hỗ trợ bà con cài ứng dụng, đăng ký tài khoản, nộp hồ sơ trực tuyến hay mở tài khoản ngân hàng để nhận lương hưu, trợ cấp.' },
      { type: 'quote', text: 'Có cụ ngoài bảy mươi tuổi lần đầu dùng điện thoại thông minh, chúng tôi phải hướng dẫn ba, bốn buổi. Đến khi cụ tự tra được thẻ bảo hiểm y tế trên ứng dụng thì ai cũng vui.' },
      { type: 'heading', text: 'Những kết quả bước đầu' },
      { type: 'list', items: ['Hỗ trợ hơn 2.100 lượt người dân cài đặt, sử dụng ứng dụng VNeID;', 'Hướng dẫn gần 600 hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia;', 'Tuyên truyền phòng chống lừa đảo qua mạng tại các buổi sinh hoạt tiểu khu.'] },
      { type: 'paragraph', text: 'Thời gian tới, UBND thị trấn sẽ tổ chức tập huấn nâng cao kỹ năng cho thành viên các tổ, đồng thời biểu dương những cá nhân tiêu biểu để nhân rộng cách làm hay.' },
    ],
    tags: ['chuyển đổi số', 'dịch vụ công'],
    source: SRC_PHONG_VHTT,
    authorName: HA,
    daysAgo: 2, hour: 8, minute: 40,
  },
  {
    key: 'cds-cho-dong-le-ma-qr',
    title: 'Tiểu thương chợ Đồng Lê chuyển sang thanh toán bằng mã QR',
    categorySlug: 'chuyen-doi-so',
    summary: 'Gần 70% quầy hàng tại chợ Đồng Lê đã niêm yết mã QR thanh toán; người mua chỉ cần quét mã bằng điện thoại, tiểu thương không còn lo thiếu tiền lẻ hay nhận nhầm tiền giả.',
    body: [
      { type: 'paragraph', text: 'Từ quầy rau, hàng cá đến sạp tạp hóa, những tấm bảng nhỏ in mã QR đã trở nên quen thuộc tại chợ Đồng Lê. Chương trình “Chợ không dùng tiền mặt” được Ban quản lý chợ phối hợp với Đoàn Thanh niên thị trấn và các ngân hàng trên địa bàn triển khai từ đầu quý.' },
      { type: 'paragraph', text: 'Các ngân hàng cử cán bộ đến tận chợ mở tài khoản miễn phí, cấp mã QR và loa thông báo nhận tiền cho tiểu thương. Đoàn viên thanh niên hướng dẫn cách kiểm tra giao dịch, đối chiếu số dư cuối ngày và cảnh giác với ảnh chụp màn hình chuyển khoản giả.' },
      { type: 'quote', text: 'Giờ nhiều khách trẻ không mang tiền mặt, có mã QR thì bán được hàng nhanh, tiền về tài khoản cuối ngày kiểm tra là biết ngay. (Bà Phan Thị Lý, tiểu thương bán hàng khô)' },
      { type: 'heading', text: 'Lưu ý để giao dịch an toàn' },
      { type: 'list', items: ['Chỉ giao hàng sau khi loa hoặc ứng dụng báo đã nhận tiền;', 'Không chia sẻ mật khẩu, mã OTP của tài khoản ngân hàng;', 'Kiểm tra định kỳ mã QR niêm yết, tránh bị dán đè mã giả.'] },
      { type: 'paragraph', text: 'Ban quản lý chợ cho biết sẽ tiếp tục vận động các quầy hàng còn lại tham gia, hướng tới xây dựng chợ Đồng Lê thành điểm sáng về thanh toán số của huyện Tuyên Hóa.' },
    ],
    tags: ['chuyển đổi số', 'thanh toán không dùng tiền mặt'],
    source: SRC_TRUNG_TAM,
    authorName: THUONG,
    daysAgo: 4, hour: 16, minute: 10,
  },
  {
    key: 'cds-so-ket-de-an-06',
    title: 'Sơ kết 6 tháng triển khai Đề án 06: nhiều tiện ích số đi vào cuộc sống',
    categorySlug: 'chuyen-doi-so',
    summary: 'Ban Chỉ đạo Đề án 06 thị trấn Đồng Lê đánh giá nhiều chỉ tiêu đạt và vượt kế hoạch, đặc biệt là làm sạch dữ liệu dân cư, cấp định danh điện tử và chi trả an sinh xã hội không dùng tiền mặt.',
    body: [
      { type: 'paragraph', text: 'Chiều qua, Ban Chỉ đạo Đề án 06 thị trấn Đồng Lê tổ chức hội nghị sơ kết 6 tháng đầu năm. Báo cáo tại hội nghị cho thấy công tác thu thập, cập nhật, làm sạch dữ liệu dân cư cơ bản hoàn thành; dữ liệu hộ tịch, bảo hiểm xã hội và an sinh xã hội từng bước được kết nối, đồng bộ.' },
      { type: 'list', items: ['Trên 99% nhân khẩu có thông tin chính xác trên cơ sở dữ liệu quốc gia về dân cư;', 'Khoảng 81% người dân trong độ tuổi đã kích hoạt định danh điện tử mức độ 2;', '95% đối tượng hưởng chính sách an sinh nhận tiền qua tài khoản ngân hàng;', 'Người dân đi khám bệnh tại Trạm Y tế bằng thẻ căn cước thay cho thẻ bảo hiểm y tế giấy.'] },
      { type: 'paragraph', text: 'Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: tỷ lệ hồ sơ dịch vụ công thiết yếu nộp trực tuyến ở một vài nhóm thủ tục còn thấp; một bộ phận người cao tuổi chưa có điện thoại thông minh nên khó tiếp cận tiện ích số.' },
      { type: 'heading', text: 'Nhiệm vụ 6 tháng cuối năm' },
      { type: 'paragraph', text: 'Ban Chỉ đạo yêu cầu các thành viên bám sát chỉ tiêu được giao, tăng cường phối hợp giữa công an, tư pháp - hộ tịch và bảo hiểm xã hội; phát huy vai trò tổ công nghệ số cộng đồng; đẩy mạnh tuyên truyền trên hệ thống truyền thanh cơ sở và trang thông tin điện tử của thị trấn.' },
      { type: 'paragraph', text: 'Dịp này, UBND thị trấn khen thưởng 3 tập thể và 7 cá nhân có thành tích tiêu biểu trong triển khai Đề án 06.' },
    ],
    tags: ['Đề án 06', 'chuyển đổi số'],
    source: SRC_UBND,
    authorName: HAI,
    daysAgo: 6, hour: 14, minute: 30,
  },
  {
    key: 'cds-ky-nang-so-nguoi-cao-tuoi',
    title: 'Mở lớp bồi dưỡng kỹ năng số cho hội viên người cao tuổi',
    categorySlug: 'chuyen-doi-so',
    summary: 'Hội Người cao tuổi thị trấn Đồng Lê phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện mở lớp hướng dẫn sử dụng điện thoại thông minh, nhận diện tin giả và phòng tránh lừa đảo qua mạng.',
    body: [
      { type: 'paragraph', text: 'Lớp học có 45 học viên là hội viên người cao tuổi đến từ các tiểu khu, người lớn tuổi nhất đã 78 tuổi. Trong ba buổi học, các học viên được hướng dẫn những thao tác cơ bản như gọi video, gửi tin nhắn thoại, tra cứu thông tin và nghe lại chương trình phát thanh trên điện thoại.' },
      { type: 'paragraph', text: 'Nội dung được nhiều học viên quan tâm là cách nhận biết các cuộc gọi, tin nhắn lừa đảo giả danh cơ quan nhà nước, ngân hàng hoặc người thân đang gặp nạn. Giảng viên đưa ra các tình huống thực tế để học viên thực hành cách từ chối, xác minh thông tin.' },
      { type: 'heading', text: 'Nguyên tắc “ba không” khi dùng điện thoại' },
      { type: 'list', items: ['Không cung cấp mã OTP, mật khẩu cho bất kỳ ai;', 'Không bấm vào đường dẫn lạ gửi qua tin nhắn, mạng xã hội;', 'Không chuyển tiền khi chưa gọi lại xác minh với người thân.'] },
      { type: 'quote', text: 'Học xong, tôi tự nghe lại được bản tin phát thanh của thị trấn, gọi video cho con cháu ở xa cũng không phải nhờ ai nữa. (Ông Đặng Hữu Lộc, Tiểu khu 2)' },
      { type: 'paragraph', text: 'Sau lớp học, mỗi chi hội người cao tuổi sẽ cử một hội viên làm “người hướng dẫn” để tiếp tục hỗ trợ các hội viên khác tại địa bàn dân cư.' },
    ],
    tags: ['chuyển đổi số', 'kỹ năng số', 'đời sống'],
    source: SRC_TRUNG_TAM,
    authorName: HA,
    daysAgo: 8, hour: 8, minute: 20,
  },

  // ───────────────────────── Kinh tế - Xã hội ─────────────────────────
  {
    key: 'ktxh-gieo-cay-dong-xuan',
    title: 'Nông dân Đồng Lê khẩn trương xuống đồng gieo cấy vụ Đông Xuân',
    categorySlug: 'kinh-te-xa-hoi',
    summary: 'Thời tiết thuận lợi, nguồn nước bảo đảm, bà con nông dân thị trấn Đồng Lê đang tập trung gieo cấy hơn 180 ha lúa vụ Đông Xuân, phấn đấu hoàn thành trong khung lịch thời vụ khuyến cáo.',
    body: [
      { type: 'paragraph', text: 'Những ngày này, trên các cánh đồng ven sông Gianh thuộc thị trấn Đồng Lê, không khí sản xuất diễn ra khẩn trương. Máy làm đất hoạt động liên tục, nhiều hộ tranh thủ gieo sạ khi ruộng vừa ráo nước để kịp khung thời vụ.' },
      { type: 'paragraph', text: 'Theo kế hoạch, vụ Đông Xuân năm nay thị trấn gieo cấy 182 ha lúa, trong đó hơn 70% diện tích sử dụng giống lúa chất lượng cao, cứng cây, chống đổ ngã tốt. Hợp tác xã dịch vụ nông nghiệp đã cung ứng đủ giống, phân bón và điều tiết nước tưới theo từng vùng.' },
      { type: 'heading', text: 'Khuyến cáo kỹ thuật' },
      { type: 'list', items: ['Gieo sạ tập trung, dứt điểm theo từng vùng để thuận lợi chăm sóc, phòng trừ sâu bệnh;', 'Không gieo sạ khi nhiệt độ trung bình ngày dưới 15 độ C;', 'Thăm đồng thường xuyên, phát hiện sớm ốc bươu vàng, chuột hại để xử lý kịp thời.'] },
      { type: 'paragraph', text: 'Cán bộ khuyến nông thị trấn cho biết, năm nay địa phương tiếp tục mở rộng mô hình cánh đồng lớn áp dụng cơ giới hóa đồng bộ từ khâu làm đất đến thu hoạch, giúp giảm chi phí nhân công và nâng cao hiệu quả sản xuất.' },
      { type: 'quote', text: 'Làm ruộng giờ nhàn hơn nhiều, máy cày, máy gặt đều có hợp tác xã lo. Bà con chỉ cần chăm bón đúng kỹ thuật là yên tâm được mùa. (Ông Nguyễn Văn Sáu, Tiểu khu 9)' },
    ],
    tags: ['nông nghiệp', 'vụ Đông Xuân'],
    source: SRC_DPTTH,
    authorName: HAI,
    heroImage: 'dong-lua',
    daysAgo: 1, hour: 7, minute: 15,
  },
  {
    key: 'ktxh-san-pham-ocop',
    title: 'Sản phẩm OCOP mở hướng đi mới cho hợp tác xã địa phương',
    categorySlug: 'kinh-te-xa-hoi',
    summary: 'Sau khi được công nhận sản phẩm OCOP 3 sao, tinh bột nghệ và mật ong rừng của một hợp tác xã ở Đồng Lê đã có mặt tại nhiều cửa hàng đặc sản trong tỉnh và bắt đầu bán trên sàn thương mại điện tử.',
    body: [
      { type: 'paragraph', text: 'Hợp tác xã Nông nghiệp Đồng Tâm được thành lập với 15 thành viên, ban đầu chủ yếu trồng nghệ và nuôi ong theo cách truyền thống. Khi tham gia Chương trình mỗi xã một sản phẩm (OCOP), hợp tác xã được hỗ trợ xây dựng quy trình sản xuất, thiết kế bao bì, nhãn mác và truy xuất nguồn gốc.' },
      { type: 'paragraph', text: 'Hiện hai sản phẩm tinh bột nghệ và mật ong rừng của hợp tác xã đã đạt chuẩn OCOP 3 sao. Mỗi năm, hợp tác xã tiêu thụ khoảng 2 tấn tinh bột nghệ và 3.000 lít mật ong, tạo việc làm thường xuyên cho gần 20 lao động địa phương, phần lớn là phụ nữ.' },
      { type: 'heading', text: 'Mở rộng kênh tiêu thụ trên môi trường số' },
      { type: 'paragraph', text: 'Bên cạnh kênh bán hàng truyền thống, hợp tác xã đã mở gian hàng trên sàn thương mại điện tử, quảng bá sản phẩm qua mạng xã hội và tham gia các hội chợ do tỉnh tổ chức. Đơn hàng trực tuyến hiện chiếm khoảng một phần ba doanh thu.' },
      { type: 'quote', text: 'Có sao OCOP, khách hàng tin tưởng hơn, mình cũng phải làm kỹ hơn từ khâu chọn nguyên liệu đến đóng gói. (Bà Võ Thị Hằng, Giám đốc hợp tác xã)' },
      { type: 'paragraph', text: 'UBND thị trấn Đồng Lê đang hướng dẫn thêm hai cơ sở sản xuất khoai deo và cam đăng ký đánh giá, phân hạng OCOP trong năm nay, góp phần nâng cao giá trị nông sản địa phương.' },
    ],
    tags: ['nông nghiệp', 'OCOP'],
    source: SRC_PHONG_VHTT,
    authorName: THUONG,
    daysAgo: 3, hour: 15, minute: 0,
  },
  {
    key: 'ktxh-phong-chong-thien-tai',
    title: 'Đồng Lê chủ động phương án phòng, chống thiên tai trước mùa mưa bão',
    categorySlug: 'kinh-te-xa-hoi',
    summary: 'Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn thị trấn Đồng Lê đã kiện toàn lực lượng, rà soát vùng trũng thấp và chuẩn bị phương tiện, nhu yếu phẩm theo phương châm “bốn tại chỗ”.',
    body: [
      { type: 'paragraph', text: 'Là địa phương nằm ven sông Gianh, hằng năm thị trấn Đồng Lê thường chịu ảnh hưởng của lũ, ngập úng cục bộ vào tháng 9 đến tháng 11. Rút kinh nghiệm từ những năm trước, thị trấn đã sớm xây dựng phương án ứng phó với từng cấp độ rủi ro thiên tai.' },
      { type: 'paragraph', text: 'Qua rà soát, toàn thị trấn có khoảng 320 hộ thuộc vùng thường xuyên bị ngập sâu. Các hộ này đã được lập danh sách, xác định địa điểm sơ tán tại trường học, nhà văn hóa và nhà dân kiên cố gần nhất.' },
      { type: 'heading', text: 'Chuẩn bị theo phương châm “bốn tại chỗ”' },
      { type: 'list', items: ['Kiện toàn đội xung kích phòng chống thiên tai tại 12 tiểu khu;', 'Kiểm tra, bổ sung thuyền, áo phao, phao tròn, đèn pin và máy phát điện;', 'Vận động các đại lý dự trữ lương thực, nước uống, thuốc men thiết yếu;', 'Phát loa cảnh báo sớm trên hệ thống truyền thanh cơ sở khi có tin bão, lũ.'] },
      { type: 'paragraph', text: 'UBND thị trấn đề nghị người dân chủ động gia cố nhà cửa, chặt tỉa cây cao gần nhà, kê cao tài sản và thường xuyên theo dõi bản tin dự báo thời tiết. Khi có lệnh sơ tán, người dân cần chấp hành nghiêm, tuyệt đối không qua lại các ngầm tràn, khu vực nước chảy xiết.' },
    ],
    tags: ['phòng chống thiên tai', 'đời sống'],
    source: SRC_DPTTH,
    authorName: LAM,
    daysAgo: 5, hour: 8, minute: 30,
    broadcast: {
      include: true,
      script: 'Thưa quý vị và các bạn, mùa mưa bão đang đến gần. Ban Chỉ huy phòng chống thiên tai thị trấn Đồng Lê đề nghị bà con chủ động gia cố nhà cửa, chặt tỉa cây cao gần nhà, kê cao tài sản và dự trữ lương thực, nước uống, thuốc men cho gia đình. Các hộ ở vùng trũng thấp cần nắm rõ địa điểm sơ tán đã được tiểu khu thông báo. Khi có lệnh sơ tán, đề nghị bà con chấp hành nghiêm, tuyệt đối không qua lại ngầm tràn và khu vực nước chảy xiết. Mọi thông tin cảnh báo sẽ được phát thường xuyên trên hệ thống loa truyền thanh của thị trấn.',
    },
  },
  {
    key: 'ktxh-hien-dat-mo-duong',
    title: 'Người dân hiến đất, góp công mở rộng đường ngõ xóm',
    categorySlug: 'kinh-te-xa-hoi',
    summary: 'Hưởng ứng phong trào xây dựng nông thôn mới và đô thị văn minh, hơn 40 hộ dân ở Tiểu khu 10 và Tiểu khu 11 thị trấn Đồng Lê đã tự nguyện hiến gần 1.500 m² đất để mở rộng đường giao thông.',
    body: [
      { type: 'paragraph', text: 'Tuyến đường nối Tiểu khu 10 với Tiểu khu 11 trước đây chỉ rộng hơn 2 mét, mùa mưa lầy lội, xe cứu thương và xe chở vật liệu không thể vào được. Khi chủ trương mở rộng đường được đưa ra bàn bạc, bà con đã thống nhất cao, nhiều hộ tự tháo dỡ tường rào, cổng ngõ để nhường đất làm đường.' },
      { type: 'paragraph', text: 'Công trình có tổng chiều dài gần 800 mét, mặt đường bê tông rộng 5 mét, kinh phí thực hiện theo phương châm Nhà nước và nhân dân cùng làm. Ngoài hiến đất, người dân còn góp ngày công, cây xanh và tự lắp đặt hệ thống đèn chiếu sáng dọc tuyến.' },
      { type: 'quote', text: 'Đất thì quý thật, nhưng đường rộng thì con cháu đi học, người già đi khám bệnh đều thuận lợi. Cả xóm cùng làm nên ai cũng vui vẻ. (Ông Cao Xuân Đức, Tiểu khu 10)' },
      { type: 'heading', text: 'Lan tỏa tinh thần đồng thuận' },
      { type: 'paragraph', text: 'Huyện Tuyên Hóa đang phấn đấu đạt chuẩn huyện nông thôn mới, trong đó thị trấn Đồng Lê phải hoàn thành các tiêu chí đô thị văn minh. Theo lãnh đạo thị trấn, sự đồng thuận của người dân là yếu tố quyết định để địa phương hoàn thành các tiêu chí về giao thông, môi trường và cảnh quan.' },
      { type: 'paragraph', text: 'Thời gian tới, thị trấn sẽ tiếp tục vận động nhân rộng mô hình ở các tiểu khu khác, đồng thời biểu dương những hộ gia đình tiêu biểu trong phong trào.' },
    ],
    tags: ['nông thôn mới', 'đời sống'],
    source: SRC_UBND,
    authorName: HAI,
    daysAgo: 7, hour: 10, minute: 20,
  },
  {
    key: 'ktxh-giai-bong-da-thanh-nien',
    title: 'Khai mạc Giải bóng đá thanh niên thị trấn Đồng Lê mở rộng',
    categorySlug: 'kinh-te-xa-hoi',
    summary: 'Giải quy tụ 10 đội bóng đến từ các tiểu khu, cơ quan, trường học trên địa bàn, thi đấu trong ba tuần tại sân vận động trung tâm huyện, góp phần đẩy mạnh phong trào rèn luyện thể dục thể thao.',
    body: [
      { type: 'paragraph', text: 'Tối qua, tại sân vận động trung tâm huyện Tuyên Hóa, Đoàn Thanh niên thị trấn Đồng Lê phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức khai mạc Giải bóng đá thanh niên mở rộng. Đông đảo người dân đã đến cổ vũ, tạo không khí sôi nổi.' },
      { type: 'paragraph', text: 'Giải có 10 đội tham gia với gần 200 cầu thủ, được chia thành hai bảng thi đấu vòng tròn một lượt để chọn ra bốn đội vào bán kết. Các trận đấu diễn ra vào buổi chiều và tối các ngày cuối tuần để thuận tiện cho cầu thủ và khán giả.' },
      { type: 'heading', text: 'Sân chơi lành mạnh cho thanh niên' },
      { type: 'paragraph', text: 'Phát biểu khai mạc, đại diện Ban tổ chức cho biết giải đấu không chỉ nhằm tìm kiếm nhân tố mới cho đội tuyển bóng đá của huyện mà còn tạo sân chơi bổ ích, hạn chế tệ nạn xã hội, tăng cường đoàn kết giữa thanh niên các tiểu khu.' },
      { type: 'list', items: ['Giải nhất: cúp, cờ và 5 triệu đồng;', 'Giải nhì: cờ và 3 triệu đồng;', 'Các giải phụ: đội đoạt giải phong cách, cầu thủ xuất sắc nhất, vua phá lưới.'] },
      { type: 'paragraph', text: 'Trận khai mạc giữa đội Tiểu khu 4 và đội Trường THPT Tuyên Hóa diễn ra hấp dẫn, kết thúc với tỷ số 2-2. Ban tổ chức đề nghị khán giả giữ gìn trật tự, vệ sinh và cổ vũ văn minh trong suốt thời gian diễn ra giải.' },
    ],
    tags: ['văn hóa - thể thao', 'thanh niên'],
    source: SRC_TRUNG_TAM,
    authorName: LAM,
    daysAgo: 2, hour: 19, minute: 30,
    broadcast: { include: true },
  },
  {
    key: 'ktxh-hoi-thi-dan-ca',
    title: 'Sôi nổi hội thi dân ca, dân vũ giữa các tiểu khu',
    categorySlug: 'kinh-te-xa-hoi',
    summary: 'Hội thi dân ca, dân vũ năm nay thu hút 12 đội văn nghệ quần chúng với hơn 250 diễn viên không chuyên, góp phần gìn giữ những làn điệu dân ca Quảng Bình trong đời sống cộng đồng.',
    body: [
      { type: 'paragraph', text: 'Hội thi do UBND thị trấn Đồng Lê phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện tổ chức tại nhà văn hóa thị trấn. Mỗi đội tham gia trình diễn ba tiết mục gồm hát dân ca, múa dân gian và một tiết mục tự chọn phản ánh đời sống địa phương.' },
      { type: 'paragraph', text: 'Nhiều tiết mục được dàn dựng công phu, lồng ghép nội dung tuyên truyền về xây dựng nông thôn mới, chuyển đổi số và phòng chống thiên tai. Điệu hò khoan, hò mái đẩy được các nghệ nhân lớn tuổi thể hiện mộc mạc, nhận được tràng pháo tay dài của khán giả.' },
      { type: 'heading', text: 'Gìn giữ bản sắc văn hóa quê hương' },
      { type: 'paragraph', text: 'Điểm đáng chú ý của hội thi năm nay là sự tham gia của nhiều học sinh, thanh niên. Các đội đã mời nghệ nhân truyền dạy làn điệu cổ cho lớp trẻ, giúp dân ca quê hương tiếp tục được lưu giữ, trao truyền.' },
      { type: 'paragraph', text: 'Kết thúc hội thi, Ban tổ chức trao giải nhất cho đội Tiểu khu 6, giải nhì cho đội Tiểu khu 1 và Tiểu khu 8, cùng nhiều giải tiết mục xuất sắc. Các tiết mục đạt giải cao sẽ được chọn tham gia liên hoan văn nghệ quần chúng của huyện Tuyên Hóa và phục vụ nhân dân trong dịp lễ, Tết sắp tới.' },
    ],
    tags: ['văn hóa - thể thao', 'đời sống'],
    source: SRC_TRUNG_TAM,
    authorName: THUONG,
    daysAgo: 0, hour: 11, minute: 30,
    draft: true,
    review: { submitted: true },
  },

  // ───────────────────────── Thông báo ─────────────────────────
  {
    key: 'tb-lich-tiep-cong-dan',
    title: 'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND thị trấn Đồng Lê',
    categorySlug: 'thong-bao',
    summary: 'Chủ tịch UBND thị trấn Đồng Lê tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng tại phòng tiếp công dân, trụ sở UBND thị trấn; nếu trùng ngày nghỉ sẽ chuyển sang ngày làm việc kế tiếp.',
    body: [
      { type: 'paragraph', text: 'Thực hiện quy định của Luật Tiếp công dân, UBND thị trấn Đồng Lê thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND thị trấn như sau.' },
      { type: 'list', items: ['Thời gian: buổi sáng ngày 10 và ngày 25 hằng tháng, từ 7 giờ 30 đến 11 giờ 00;', 'Địa điểm: phòng tiếp công dân, tầng 1 trụ sở UBND thị trấn Đồng Lê;', 'Trường hợp trùng ngày nghỉ, ngày lễ, việc tiếp công dân chuyển sang ngày làm việc liền kề sau đó.'] },
      { type: 'paragraph', text: 'Ngoài lịch định kỳ, công chức phụ trách tiếp công dân thường xuyên trực vào tất cả các ngày làm việc trong tuần để tiếp nhận đơn thư, hướng dẫn người dân thực hiện quyền khiếu nại, tố cáo, kiến nghị, phản ánh theo đúng quy định.' },
      { type: 'heading', text: 'Lưu ý đối với công dân' },
      { type: 'paragraph', text: 'Công dân đến trình bày cần mang theo thẻ căn cước hoặc giấy tờ tùy thân, các tài liệu liên quan đến nội dung trình bày. Trường hợp nhiều người cùng phản ánh một nội dung thì cử đại diện không quá 5 người để trình bày. Đề nghị công dân chấp hành nội quy nơi tiếp công dân, giữ trật tự chung.' },
      { type: 'paragraph', text: 'Mọi thông tin chi tiết xin liên hệ Văn phòng UBND thị trấn trong giờ hành chính.' },
    ],
    tags: ['tiếp công dân', 'đời sống'],
    source: SRC_UBND,
    authorName: HA,
    daysAgo: 0, hour: 10, minute: 0,
    broadcast: { include: true },
  },
  {
    key: 'tb-lich-tam-ngung-cap-dien',
    title: 'Lịch tạm ngừng cung cấp điện khu vực thị trấn Đồng Lê',
    categorySlug: 'thong-bao',
    summary: 'Để bảo dưỡng, sửa chữa lưới điện, điện lực khu vực sẽ tạm ngừng cung cấp điện tại một số tiểu khu của thị trấn Đồng Lê từ 7 giờ 00 đến 16 giờ 30 ngày Chủ nhật tuần này.',
    body: [
      { type: 'paragraph', text: 'Nhằm bảo đảm cung cấp điện an toàn, ổn định trong mùa nắng nóng, đơn vị điện lực khu vực thông báo kế hoạch tạm ngừng cung cấp điện để thay thế dây dẫn, bảo dưỡng trạm biến áp trên địa bàn thị trấn Đồng Lê.' },
      { type: 'heading', text: 'Thời gian và khu vực ngừng cấp điện' },
      {
        type: 'table',
        header: ['Thời gian', 'Khu vực ngừng cấp điện'],
        rows: [
          ['7 giờ 00 – 11 giờ 30', 'Tiểu khu 1, Tiểu khu 2 và khu vực chợ Đồng Lê'],
          ['12 giờ 30 – 16 giờ 30', 'Tiểu khu 5, Tiểu khu 6 và tuyến đường dọc bờ sông Gianh'],
        ],
      },
      { type: 'paragraph', text: 'Thời gian có thể được rút ngắn nếu công việc hoàn thành sớm.' },
      { type: 'paragraph', text: 'Đơn vị điện lực đề nghị các hộ gia đình, cơ quan, cơ sở kinh doanh chủ động sắp xếp công việc, bảo quản thực phẩm và chuẩn bị nguồn điện dự phòng khi cần thiết. Trong thời gian ngừng cấp điện, người dân tuyệt đối không tự ý leo trèo, tiếp cận đường dây và trạm biến áp.' },
      { type: 'paragraph', text: 'Để đảm bảo an toàn, mọi thiết bị điện cần được coi như vẫn đang có điện trong suốt thời gian thi công. Khi phát hiện sự cố hoặc cần giải đáp thông tin, người dân vui lòng liên hệ tổng đài chăm sóc khách hàng của ngành điện để được hỗ trợ.' },
      { type: 'paragraph', text: 'Đơn vị điện lực thành thật xin lỗi khách hàng vì sự bất tiện này và mong nhận được sự thông cảm, phối hợp của nhân dân.' },
    ],
    tags: ['đời sống', 'điện lực'],
    authorName: LAM,
    daysAgo: 1, hour: 16, minute: 0,
    broadcast: {
      include: true,
      script: 'Thưa quý vị và các bạn, để bảo dưỡng lưới điện, vào ngày Chủ nhật tuần này, đơn vị điện lực sẽ tạm ngừng cung cấp điện tại một số khu vực của thị trấn Đồng Lê. Buổi sáng, từ bảy giờ đến mười một giờ ba mươi, ngừng cấp điện tại Tiểu khu một, Tiểu khu hai và khu vực chợ Đồng Lê. Buổi chiều, từ mười hai giờ ba mươi đến mười sáu giờ ba mươi, ngừng cấp điện tại Tiểu khu năm, Tiểu khu sáu và tuyến đường dọc bờ sông Gianh. Đề nghị bà con chủ động sắp xếp công việc và tuyệt đối không tiếp cận đường dây trong thời gian thi công.',
    },
  },
  {
    key: 'tb-tuyen-dung-vien-chuc',
    title: 'Thông báo tuyển dụng viên chức Trung tâm Văn hóa - Thể thao và Truyền thông huyện',
    categorySlug: 'thong-bao',
    summary: 'Trung tâm Văn hóa - Thể thao và Truyền thông huyện Tuyên Hóa thông báo tuyển dụng 3 viên chức cho các vị trí biên tập viên, kỹ thuật viên âm thanh và hướng dẫn viên thể thao; hạn nộp hồ sơ 30 ngày kể từ ngày thông báo.',
    body: [
      { type: 'paragraph', text: 'Căn cứ kế hoạch tuyển dụng đã được phê duyệt, Trung tâm Văn hóa - Thể thao và Truyền thông huyện Tuyên Hóa thông báo tuyển dụng viên chức năm nay bằng hình thức xét tuyển.' },
      { type: 'heading', text: 'Vị trí và số lượng cần tuyển' },
      { type: 'list', items: ['01 biên tập viên hạng III: tốt nghiệp đại học chuyên ngành báo chí, truyền thông, ngữ văn hoặc ngành phù hợp;', '01 kỹ thuật viên âm thanh: tốt nghiệp cao đẳng trở lên chuyên ngành điện tử, kỹ thuật âm thanh;', '01 hướng dẫn viên thể dục thể thao: tốt nghiệp đại học chuyên ngành giáo dục thể chất hoặc huấn luyện thể thao.'] },
      { type: 'paragraph', text: 'Người đăng ký dự tuyển phải có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đủ sức khỏe, lý lịch rõ ràng và đáp ứng tiêu chuẩn chuyên môn, nghiệp vụ của vị trí dự tuyển. Ưu tiên người có kinh nghiệm sử dụng phần mềm biên tập âm thanh, video và quản trị trang thông tin điện tử.' },
      { type: 'paragraph', text: 'Hồ sơ gồm phiếu đăng ký dự tuyển theo mẫu, được nộp trực tiếp tại Trung tâm hoặc gửi qua đường bưu chính trong giờ hành chính. Thời hạn nhận hồ sơ là 30 ngày kể từ ngày thông báo được đăng tải. Trung tâm không hoàn trả hồ sơ đối với trường hợp không trúng tuyển.' },
      { type: 'paragraph', text: 'Thông tin chi tiết về mẫu phiếu, nội dung xét tuyển được niêm yết tại trụ sở Trung tâm và đăng tải trên trang thông tin điện tử của huyện.' },
    ],
    tags: ['tuyển dụng', 'văn hóa - thể thao'],
    source: SRC_TRUNG_TAM,
    authorName: THUONG,
    daysAgo: 3, hour: 8, minute: 5,
  },
  {
    key: 'tb-dieu-chinh-gio-thu-gom-rac',
    title: 'Điều chỉnh thời gian thu gom rác thải sinh hoạt tại các tiểu khu',
    categorySlug: 'thong-bao',
    summary: 'Từ thứ Hai tuần tới, thời gian thu gom rác thải sinh hoạt trên địa bàn thị trấn Đồng Lê được điều chỉnh sang khung giờ 17 giờ 30 đến 20 giờ hằng ngày để phù hợp với sinh hoạt của người dân.',
    body: [
      { type: 'paragraph', text: 'Tiếp thu ý kiến phản ánh của người dân, UBND thị trấn Đồng Lê phối hợp với đơn vị dịch vụ môi trường điều chỉnh thời gian thu gom rác thải sinh hoạt tại các tiểu khu, áp dụng từ thứ Hai tuần tới.' },
      { type: 'heading', text: 'Khung giờ thu gom mới' },
      { type: 'list', items: ['Các tuyến đường chính và khu vực chợ: từ 17 giờ 30 đến 19 giờ 00;', 'Các đường ngõ, xóm trong tiểu khu: từ 18 giờ 30 đến 20 giờ 00;', 'Chủ nhật thu gom thêm một đợt buổi sáng từ 6 giờ 00 đến 7 giờ 30 tại khu vực chợ.'] },
      { type: 'paragraph', text: 'Người dân để rác đúng nơi quy định, buộc kín túi trước giờ thu gom, không để rác ra đường vào ban ngày gây mất mỹ quan và ô nhiễm môi trường. Khuyến khích các hộ gia đình phân loại rác hữu cơ để ủ làm phân bón cho cây trồng, giảm lượng rác thải phải vận chuyển.' },
      { type: 'paragraph', text: 'Các trường hợp vứt rác bừa bãi, đổ rác xuống sông, kênh mương sẽ bị nhắc nhở và xử lý theo quy định. Mọi phản ánh về việc thu gom rác, người dân liên hệ trưởng tiểu khu hoặc bộ phận một cửa của UBND thị trấn để được giải quyết kịp thời.' },
    ],
    tags: ['môi trường', 'đời sống'],
    source: SRC_UBND,
    authorName: HAI,
    daysAgo: 5, hour: 17, minute: 0,
    broadcast: { include: true },
  },
  {
    key: 'tb-lich-tiem-chung-mo-rong',
    title: 'Lịch tiêm chủng mở rộng tại Trạm Y tế thị trấn Đồng Lê',
    categorySlug: 'thong-bao',
    summary: 'Trạm Y tế thị trấn Đồng Lê tổ chức tiêm chủng mở rộng cho trẻ em và phụ nữ có thai vào ngày 5 và ngày 6 tháng này; phụ huynh mang theo sổ tiêm chủng hoặc thông tin tiêm chủng điện tử khi đưa trẻ đi tiêm.',
    body: [
      { type: 'paragraph', text: 'Trạm Y tế thị trấn Đồng Lê thông báo lịch tiêm chủng mở rộng trong tháng như sau. Buổi tiêm được tổ chức tại Trạm Y tế, buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến 16 giờ 30.' },
      { type: 'heading', text: 'Đối tượng và loại vắc xin' },
      { type: 'list', items: ['Trẻ từ 2 đến 12 tháng tuổi: tiêm vắc xin 5 trong 1, uống vắc xin bại liệt theo lịch;', 'Trẻ 9 tháng và 18 tháng tuổi: tiêm vắc xin sởi, sởi - rubella;', 'Trẻ từ 18 tháng tuổi: tiêm nhắc vắc xin bạch hầu, ho gà, uốn ván;', 'Phụ nữ có thai: tiêm phòng uốn ván theo chỉ định.'] },
      { type: 'paragraph', text: 'Phụ huynh đưa trẻ đi tiêm cần mang theo sổ tiêm chủng hoặc tra cứu thông tin tiêm chủng trên ứng dụng VNeID. Trẻ cần được cho ăn no, mặc quần áo thoáng, dễ thăm khám. Trường hợp trẻ đang sốt, ho hoặc mắc bệnh cấp tính, phụ huynh báo ngay cho nhân viên y tế để được tư vấn hoãn tiêm.' },
      { type: 'paragraph', text: 'Sau khi tiêm, trẻ được theo dõi tại Trạm Y tế ít nhất 30 phút và tiếp tục được gia đình theo dõi tại nhà trong 24 giờ. Nếu trẻ có biểu hiện bất thường như sốt cao, quấy khóc kéo dài, khó thở, cần đưa ngay đến cơ sở y tế gần nhất. Đề nghị các gia đình đưa trẻ đi tiêm đầy đủ, đúng lịch để phòng bệnh hiệu quả.' },
    ],
    tags: ['y tế', 'đời sống'],
    source: { name: 'Trạm Y tế thị trấn Đồng Lê' },
    authorName: HA,
    daysAgo: 7, hour: 7, minute: 30,
    broadcast: {
      include: true,
      script: 'Trạm Y tế thị trấn Đồng Lê thông báo: ngày 5 và ngày 6 tháng này, từ 7h30 đến 11h00 và từ 13h30 đến 16h30, trạm tổ chức tiêm chủng mở rộng cho trẻ em và phụ nữ có thai. Phụ huynh mang theo sổ tiêm chủng hoặc tra cứu trên ứng dụng VNeID.',
      voice: 'synthetic',
    },
  },
  {
    key: 'tb-tong-ve-sinh-moi-truong',
    title: 'Kế hoạch tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”',
    categorySlug: 'thong-bao',
    summary: 'UBND thị trấn Đồng Lê phát động toàn dân ra quân tổng vệ sinh môi trường vào sáng Chủ nhật cuối tháng, tập trung dọn dẹp đường làng, ngõ xóm, khơi thông cống rãnh và trồng thêm cây xanh.',
    body: [
      { type: 'paragraph', text: 'Nhằm xây dựng cảnh quan xanh, sạch, đẹp và phòng ngừa dịch bệnh mùa mưa, UBND thị trấn Đồng Lê ban hành kế hoạch tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh” trên toàn địa bàn.' },
      { type: 'list', items: ['Thời gian: từ 6 giờ 30 đến 9 giờ 00 sáng Chủ nhật cuối tháng;', 'Lực lượng: cán bộ, công chức, đoàn viên, hội viên các đoàn thể và toàn thể nhân dân;', 'Nội dung: phát quang bụi rậm, thu gom rác thải, khơi thông cống rãnh, trồng cây xanh.'] },
      { type: 'paragraph', text: 'Mỗi tiểu khu chịu trách nhiệm ra quân trên các tuyến đường, khu vực công cộng thuộc địa bàn quản lý. Các cơ quan, trường học, cơ sở kinh doanh tổ chức dọn dẹp trong khuôn viên và tuyến đường trước cổng đơn vị.' },
      { type: 'paragraph', text: 'Sau buổi ra quân, Ban chỉ đạo sẽ kiểm tra, đánh giá kết quả và biểu dương các tiểu khu làm tốt. Đề nghị toàn thể nhân dân hưởng ứng tích cực, duy trì thường xuyên việc giữ gìn vệ sinh môi trường tại nơi ở và nơi công cộng.' },
      { type: 'paragraph', text: 'Đơn vị dịch vụ môi trường bố trí xe thu gom tại các điểm tập kết của từng tiểu khu ngay sau buổi ra quân. Rác thải cồng kềnh, cành cây cần được để gọn gàng, không lấn chiếm lòng đường, gây cản trở giao thông.' },
    ],
    tags: ['môi trường', 'đời sống'],
    source: SRC_UBND,
    authorName: LAM,
    daysAgo: 0, hour: 13, minute: 0,
    draft: true,
    review: {
      submitted: true,
      returnedWith: 'Cần ghi rõ ngày ra quân (Chủ nhật, ngày nào?) và điểm tập kết rác của từng tiểu khu trước khi đăng.',
    },
  },
]
