import type { PublicEmergency } from '../broadcast/emergencyBanner'
import { EMERGENCY_SCRIPT } from '../site/inlineScripts'

/**
 * "Tin khẩn cấp" on every public page while an emergency is valid (src/broadcast/emergencyBanner).
 * Rendered with the page, and kept true by a small script polling /api/khan-cap, because pages are
 * served from caches (Loa's page cache, a proxy, a tab left open) for up to a minute or more.
 * Always present, hidden when empty, so a cached page has the place to show a new one.
 */
export function EmergencyBanner({ emergencies }: { emergencies: PublicEmergency[] }) {
  return (
    <section id="khan-cap" className="emergency" role="alert" aria-label="Tin khẩn cấp" hidden={emergencies.length === 0} data-emergency-state={JSON.stringify(emergencies)}>
      <div className="wrap">
        <p className="emergency-label">TIN KHẨN CẤP</p>
        <div data-emergency-list="">
          {emergencies.map((emergency) => (
            <div className="emergency-item" key={emergency.issuedAt + emergency.title}>
              <p className="emergency-title">{emergency.title}</p>
              <p className="emergency-text">{emergency.text}</p>
              <p className="emergency-time">{emergency.issuedLabel + (emergency.validToLabel ? ` · ${emergency.validToLabel}` : '')}</p>
            </div>
          ))}
        </div>
      </div>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of our own, no user data */}
      <script data-loa="emergency" dangerouslySetInnerHTML={{ __html: EMERGENCY_SCRIPT }} />
    </section>
  )
}
