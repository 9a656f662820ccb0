import type { SlotInstance } from '../../broadcast/types'
import { liveStreamConfigFromEnv } from '../../playout/liveStreamConfig'
import { streamIsLive } from '../liveStream'
import { KIND_WORDS, onAirNowAndNext } from '../radio'
import { tag } from '../pageTags'
import type { PageContext, PageOutcome } from './types'

/** Whether the stream is up changes without any content change: asked again within 15 s. */
const LIVE_PAGE_MAX_AGE_MS = 15_000


function Airing({ instance, today }: { instance: SlotInstance; today: string }) {
  return (
    <>
      <strong>{`${instance.slot.start}–${instance.slot.end}`}</strong>
      {instance.date !== today && ' ngày mai'} {instance.slot.name} <span className="meta">({KIND_WORDS[instance.slot.kind]})</span>
    </>
  )
}

/** A plain player of the station's live mount, with what is on air now and next. */
export async function livePage({ now }: PageContext): Promise<PageOutcome> {
  const config = liveStreamConfigFromEnv(process.env)
  const [onAir, live] = await Promise.all([onAirNowAndNext(now), streamIsLive(config.upstream)])
  const body = (
    <>
      <h1>Nghe trực tiếp</h1>
      {live ? (
        <p>Bấm nút phát để nghe đài đang phát sóng. Âm thanh đến chậm vài giây so với loa ngoài đường.</p>
      ) : (
        <p className="off-air" data-off-air="">
          Đài đang không phát. Xin quay lại sau, hoặc xem <a href="/lich-phat-song">lịch phát sóng</a>.
        </p>
      )}
      {/* biome-ignore lint/a11y/useMediaCaption: a live radio stream has no captions; what airs is listed below */}
      <audio controls preload="none" src={config.playerUrl} className="live-player" aria-label="Nghe trực tiếp đài truyền thanh">
        <a href={config.playerUrl}>Mở luồng phát trực tiếp</a>
      </audio>
      <dl className="on-air">
        <dt>Đang phát</dt>
        <dd>{onAir.now ? <Airing instance={onAir.now} today={onAir.today} /> : 'Không có chương trình theo lịch lúc này.'}</dd>
        <dt>Tiếp theo</dt>
        <dd>{onAir.next ? <Airing instance={onAir.next} today={onAir.today} /> : 'Không còn chương trình nào đến hết ngày mai.'}</dd>
      </dl>
      <p>
        <a href="/lich-phat-song">Xem lịch phát sóng cả tuần</a> · <a href="/nghe-lai">Nghe lại các chương trình đã phát</a>
      </p>
    </>
  )
  return {
    kind: 'page',
    head: { title: 'Nghe trực tiếp', description: 'Nghe trực tiếp đài truyền thanh cơ sở trên điện thoại hoặc máy tính.' },
    body,
    tags: [tag.radio],
    maxAgeMs: LIVE_PAGE_MAX_AGE_MS,
  }
}
