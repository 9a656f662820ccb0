/**
 * The loudspeaker radio's data flow, read from the types alone:
 *
 *   BroadcastSlot  --planDay-->  SlotInstance  --composeProgramme-->  ProgrammePlan
 *   ProgrammePlan  --buildRenderSpec-->  RenderSpec  --(src/audio render)-->  file + Programme doc
 *   Programme docs --buildPlaylist-->  Playlist (JSON, M3U) for playout devices and the public site
 *
 * Everything in src/broadcast is pure: no Payload, ffmpeg, clock or filesystem import. Times of
 * day are local to the station's time zone; instants are Date objects (UTC inside).
 */

/** 0 = Sunday (Chủ Nhật), 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy), as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** A calendar date in the station's zone, "YYYY-MM-DD". */
export type LocalDate = string

/** A local time of day, "HH:MM" (00:00–23:59); as an end time "24:00" means midnight at the end of the day. */
export type LocalTime = string

export type SlotKind = 'local' | 'rebroadcast' | 'relay' | 'music'

export type BroadcastSlot = {
  slug: string
  name: string
  kind: SlotKind
  days: Weekday[]
  start: LocalTime
  end: LocalTime
  /** Inclusive; null/undefined means unbounded. */
  validFrom?: LocalDate | null
  validTo?: LocalDate | null
  /** Holidays and other days this slot does not air. */
  datesOff?: LocalDate[]
  /** kind 'rebroadcast': replay the programme of `sourceSlug` from `dayOffset` days away (-1 = the day before). */
  rebroadcast?: { sourceSlug: string; dayOffset: number } | null
  /** kind 'relay': an external live stream, e.g. the provincial station. */
  relay?: { url: string } | null
  /** kind 'music': clip ids played in order. */
  music?: { clipIds: string[] } | null
}

/**
 * What a holiday stops: 'local' stops the station's own slots (local, rebroadcast, music) while
 * relays of the higher stations continue; 'all' stops every slot.
 */
export type HolidayStops = 'local' | 'all'

/** A day or days of the station calendar on which slots do not air (src/broadcast/holidays). */
export type Holiday = {
  name: string
  /** 'lunar': day and month of the Vietnamese lunar calendar (the regular month, never a leap one). */
  calendar: 'solar' | 'lunar'
  day: number
  month: number
  /** Only this year (the lunar year for a lunar date), e.g. a compensatory day off; null: every year. */
  year?: number | null
  /** How many consecutive days from the first, at least 1. */
  lengthDays: number
  stops: HolidayStops
}

/** The holiday(s) of one date; several on the same date are named together and the wider stop wins. */
export type HolidayOnDate = { name: string; stops: HolidayStops }

/** One airing of a slot on one date, with absolute instants. */
export type SlotInstance = {
  slot: BroadcastSlot
  date: LocalDate
  start: Date
  end: Date
  durationSeconds: number
}

/** An audio file in the library with what was measured at upload. */
export type ClipRef = {
  id: string
  title: string
  /** Absolute path of the audio file. */
  path: string
  durationSeconds: number
  /** Integrated loudness measured at upload (LUFS); null when unknown (then no gain is applied). */
  loudnessLufs: number | null
}

export type AnnouncementLevel = 'normal' | 'priority' | 'emergency'

export type AnnouncementCandidate = {
  id: string
  title: string
  level: AnnouncementLevel
  clip: ClipRef | null
  validFrom?: Date | null
  validTo?: Date | null
}

export type ArticleCandidate = {
  id: string
  title: string
  publishedAt: Date
  /** The read-out recording of the article's radio script; null when none exists yet. */
  readOut: ClipRef | null
  include: boolean
  /** Broadcast window, local dates, inclusive. */
  broadcastFrom?: LocalDate | null
  broadcastTo?: LocalDate | null
}

export type ProgrammeCandidates = {
  announcements: AnnouncementCandidate[]
  articles: ArticleCandidate[]
}

export type StationSettings = {
  name: string
  timeZone: string
  /** Integrated loudness target, LUFS (default -16). */
  loudnessTargetLufs: number
  /** True-peak ceiling, dBTP (default -1.5). */
  truePeakDbtp: number
  output: { format: 'mp3'; bitrateKbps: number; sampleRate: number; channels: 1 | 2 }
  /** Silence between items, seconds (default 0.8). */
  gapSeconds: number
  intro: ClipRef | null
  outro: ClipRef | null
  /** Assemble this many minutes before a slot starts (default 60). */
  leadMinutes: number
  /** Report a programme leaving more than this share of its slot silent, percent (default 25). */
  maxSilentSharePercent?: number
  /** Fill the silence a programme leaves at the end of its slot with `filler` (default off). */
  fillSilence?: boolean
  /** The station's filler music; null when none is chosen or its file is unusable. */
  filler?: ClipRef | null
  /** On air: loop the filler between slots instead of silence (default off). */
  fillBetweenSlots?: boolean
  /** On air: a relay silent, unreachable or lost this long goes to the filler (default 15). */
  deadAirSeconds?: number
  /** A released emergency airs again every this many hours (default 2). */
  emergencyRepeatHours?: number
  /** On air: also feed a sound card (default none), and its device name (src/broadcast/soundOutput). */
  soundOutput?: 'none' | 'alsa' | 'pulseaudio'
  soundDevice?: string | null
}

export type SegmentKind = 'intro' | 'outro' | 'announcement' | 'article' | 'music' | 'filler' | 'gap'

export type ProgrammeSegment = {
  kind: SegmentKind
  title: string
  /** Offset from the start of the programme, seconds. */
  startSeconds: number
  durationSeconds: number
  clip: ClipRef | null
  /**
   * Only for a clip cut short (durationSeconds under the clip's own length): the last seconds fade
   * out instead of stopping mid-note.
   */
  fadeOutSeconds?: number
  /** What the segment comes from, to link back from "listen again". */
  source?: { collection: 'articles' | 'announcements' | 'audio-clips'; id: string }
}

export type DroppedItem = {
  title: string
  /**
   * 'audio-clips' only in `excluded`, for the station intro/outro when even they do not fit the slot
   * (added by composeProgramme; `dropped` only ever holds articles and announcements).
   */
  source: { collection: 'articles' | 'announcements' | 'audio-clips'; id: string }
  /** Vietnamese sentence for the technician, e.g. "Không đủ thời lượng: cần 95 s, còn 40 s". */
  reason: string
}

export type ProgrammePlan = {
  slotSlug: string
  date: LocalDate
  segments: ProgrammeSegment[]
  totalSeconds: number
  /** Items that were eligible but did not fit, lowest priority first. */
  dropped: DroppedItem[]
  /** Items that were not eligible on this date (no read-out, outside window, emergency…). */
  excluded: DroppedItem[]
  /** Why a plan has nothing to air when it is not the usual lack of content (a rebroadcast with no source). */
  emptyReason?: string
  /** Seconds of the station's filler music added at the end (src/broadcast/fillSilence); absent when none. */
  filledSeconds?: number
}

/** One ffmpeg run, as plain data: the adapter turns it into arguments and runs it. */
export type RenderSpec = {
  /** Input files, in order; each is referenced as [i:a] in the filter graph. */
  inputs: string[]
  /** -filter_complex value; its final output pad is [out]. */
  filterComplex: string
  /** Output options after -map [out], e.g. ['-ar', '44100', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k']. */
  outputOptions: string[]
  /** Expected duration, seconds: the sum of segments (including gaps). */
  expectedSeconds: number
}

export type PlaylistEntryStatus = 'ready' | 'missing' | 'relay' | 'fallback'

export type PlaylistEntry = {
  slot: string
  /** 'emergency': an immediate entry for a valid emergency announcement (see src/broadcast/emergency). */
  kind: SlotKind | 'emergency'
  title: string
  /** ISO 8601 with the station's offset, e.g. "2026-12-01T05:10:00+07:00". */
  start: string
  end: string
  status: PlaylistEntryStatus
  /** URL of the programme file, or of the relay stream; null when missing. */
  url: string | null
  durationSeconds: number | null
  sha256: string | null
  /** Set when a rebroadcast falls back to another programme, or a file is missing. */
  note?: string
  /** Emergency entries only: the device stops what it plays and plays this at once. */
  interrupt?: true
}

/** An airing of the weekly grid that does not happen that day (a holiday, a day off, nothing to replay). */
export type SkippedPlaylistEntry = { slot: string; kind: SlotKind; title: string; start: string; end: string; reason: string }

export type Playlist = {
  station: string
  timeZone: string
  date: LocalDate
  generatedAt: string
  /** Set on a holiday of the station calendar. */
  holiday?: HolidayOnDate
  entries: PlaylistEntry[]
  /** Not to be played, listed so a technician sees why the slot is silent; devices ignore it. */
  skipped?: SkippedPlaylistEntry[]
}
