/**
 * When an assembled programme may be played: the one rule behind the day's playlist (what the
 * loudspeakers air), a rebroadcast's source, "listen again", the podcast and the home player.
 * The matching database query is src/access/programmes (PLAYABLE_PROGRAMME_WHERE).
 */

/** The fields of a programme document the rule reads. */
export type ProgrammeFileFields = {
  file?: string | null
  sha256?: string | null
  /** Set by a rebuild mark (src/radio/rebuildMarks), cleared when the worker rebuilds. */
  rebuildReason?: string | null
}

/**
 * Playable: it has a finished file. The worker records a sha256 only for a complete file, and a
 * rebuild replaces the file only when the new one is complete, so a programme being rebuilt (or
 * whose rebuild failed) still plays its earlier file: status does not matter. Not so for one marked
 * for rebuild: its file was made for a slot or a clip that is no longer there (it may run past a
 * shortened slot, or air a deleted recording). A mark also clears the sha256, so the query, which
 * cannot read the staff-only mark for residents, finds the same programmes.
 */
export function isPlayable(programme: ProgrammeFileFields | null | undefined): boolean {
  return Boolean(programme?.file) && Boolean(programme?.sha256) && !programme?.rebuildReason
}

/**
 * What residents may hear (listen again, podcast, home player, the clips it read out): playable and
 * already on air. Programmes are built up to an hour ahead; publishing one before its slot would put
 * tomorrow's news in the podcast tonight. `now` is the caller's: the request's moment.
 */
export function isPublicProgramme(programme: (ProgrammeFileFields & { startsAt?: string | Date | null }) | null | undefined, now: Date): boolean {
  if (!programme?.startsAt || !isPlayable(programme)) return false
  return new Date(programme.startsAt).getTime() <= now.getTime()
}
