import { formatLocalDateVi, isValidLocalDate } from '../../broadcast/localDate'
import { formatVietnameseDateTime } from '../../lib/viDate'
import { articlePath } from '../publicPaths'
import { articleSlugsById, finishedProgrammes, programmeSegments } from '../radio'
import { tag } from '../pageTags'
import { useSiteStation } from '../stationContext'
import { CLOCK_PAGE_MAX_AGE_MS } from './home'
import type { PageContext, PageOutcome } from './types'


const minutes = (seconds: number | null | undefined) => {
  const total = Math.round(seconds ?? 0)
  return `${Math.floor(total / 60)} phút ${String(total % 60).padStart(2, '0')} giây`
}

function StartsAt({ value }: { value: string }) {
  return <>{formatVietnameseDateTime(value, useSiteStation().timeZone)}</>
}

/** `/nghe-lai` (`?ngay=YYYY-MM-DD`): the programmes that aired, to play or download, with their items. */
export async function listenAgainPage({ query }: PageContext): Promise<PageOutcome> {
  const raw = query.get('ngay') ?? undefined
  const date = raw !== undefined && isValidLocalDate(raw) ? raw : undefined
  const programmes = await finishedProgrammes({ date, limit: 20 })
  const articleIds = programmes.docs.flatMap((programme) =>
    programmeSegments(programme).flatMap((segment) => (segment.source?.collection === 'articles' ? [segment.source.id] : [])),
  )
  const slugs = await articleSlugsById([...new Set(articleIds)])
  const body = (
    <>
      <h1>Nghe lại chương trình phát thanh</h1>
      <form className="search-form" method="get" action="/nghe-lai">
        <label htmlFor="ngay">Chọn ngày</label>
        <input id="ngay" name="ngay" type="date" defaultValue={date} />
        <button type="submit">Xem</button>
      </form>
      {date && (
        <p>
          Chương trình ngày {formatLocalDateVi(date)}. <a href="/nghe-lai">Xem tất cả</a>
        </p>
      )}
      {programmes.docs.length === 0 ? (
        <p>{date ? 'Ngày này chưa có chương trình nào để nghe lại.' : 'Chưa có chương trình nào để nghe lại.'}</p>
      ) : (
        <ul className="article-list">
          {programmes.docs.map((programme) => (
            <li key={programme.id}>
              <h2>{programme.title}</h2>
              <p className="meta">
                {programme.startsAt && <StartsAt value={programme.startsAt} />} · {minutes(programme.durationSeconds)}
              </p>
              {/* biome-ignore lint/a11y/useMediaCaption: the items of the programme are listed below as text */}
              <audio controls preload="none" src={`/media/${programme.file}`} className="player" />
              <p>
                <a href={`/media/${programme.file}`} download>
                  Tải về (MP3, {((programme.bytes ?? 0) / 1048576).toFixed(1)} MB)
                </a>
              </p>
              <details>
                <summary>Nội dung chương trình</summary>
                <ol>
                  {programmeSegments(programme)
                    // The station filler repeats back to back: listed once.
                    .filter((segment, index, all) => segment.kind !== 'gap' && !(segment.kind === 'filler' && all[index - 1]?.kind === 'filler'))
                    .map((segment, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once; two items may share a title
                      <li key={`${segment.kind}-${index}`}>
                        {segment.source?.collection === 'articles' && slugs.get(segment.source.id) ? (
                          <a href={articlePath(slugs.get(segment.source.id))}>{segment.title}</a>
                        ) : (
                          segment.title
                        )}
                      </li>
                    ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  )
  return {
    kind: 'page',
    head: { title: 'Nghe lại', description: 'Nghe lại các chương trình phát thanh của đài truyền thanh cơ sở.' },
    body,
    tags: [tag.radio, ...[...slugs.keys()].map(tag.article)],
    maxAgeMs: CLOCK_PAGE_MAX_AGE_MS,
  }
}
