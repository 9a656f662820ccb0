import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../../support/loaServer'
import { api, type Roles, sessionsForEveryRole } from '../../support/rest'

/**
 * Issue 10, item 5: the sound-card output is a station setting. Only the admin and the technician
 * may change it; the device name goes into the Liquidsoap script, so one outside a strict character
 * set is refused with a Vietnamese message; visitors do not see which device feeds the transmitter.
 */
let server: LoaServer
let roles: Roles

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
})
afterAll(async () => {
  await server?.stop()
})

const current = async () => (await api(roles.admin, 'GET', '/globals/station')).json

describe('station sound-card output over REST', () => {
  it('the technician sets ALSA hw:0,0; the admin sets PulseAudio', async () => {
    const set = await api(roles.technician, 'POST', '/globals/station', { soundOutput: 'alsa', soundDevice: 'hw:0,0' })
    expect(set.status, set.text).toBe(200)
    expect(await current()).toMatchObject({ soundOutput: 'alsa', soundDevice: 'hw:0,0' })
    const admin = await api(roles.admin, 'POST', '/globals/station', { soundOutput: 'pulseaudio', soundDevice: 'alsa_output.pci-0000_00_1f.3.analog-stereo' })
    expect(admin.status, admin.text).toBe(200)
    const back = await api(roles.technician, 'POST', '/globals/station', { soundOutput: 'alsa', soundDevice: 'hw:0,0' })
    expect(back.status, back.text).toBe(200)
  })

  it.each(['editor', 'approver', 'visitor'] as const)('the %s cannot change it', async (role) => {
    const response = await api(roles[role], 'POST', '/globals/station', { soundOutput: 'pulseaudio', soundDevice: 'hw:9,9' })
    expect(response.status).toBe(403)
    expect(await current()).toMatchObject({ soundOutput: 'alsa', soundDevice: 'hw:0,0' })
  })

  it.each(['hw:0,0", device="x', 'default#{process.run("reboot")}', 'hw:0\nshutdown', 'a b', '../../etc/x', 'x'.repeat(101)])(
    'refuses the hostile device %j in Vietnamese and keeps the old one',
    async (soundDevice) => {
      const response = await api(roles.technician, 'POST', '/globals/station', { soundOutput: 'alsa', soundDevice })
      expect(response.status).toBe(400)
      expect(response.text).toContain('Tên thiết bị âm thanh chỉ gồm')
      expect(await current()).toMatchObject({ soundOutput: 'alsa', soundDevice: 'hw:0,0' })
    },
  )

  it('refuses an output that is not offered', async () => {
    const response = await api(roles.admin, 'POST', '/globals/station', { soundOutput: 'jack' })
    expect(response.status).toBe(400)
    expect((await current()).soundOutput).toBe('alsa')
  })

  it('visitors do not see the sound-card settings; staff do', async () => {
    const anonymous = (await api(roles.visitor, 'GET', '/globals/station')).json
    expect(anonymous.name).toBeTruthy()
    expect(anonymous).not.toHaveProperty('soundOutput')
    expect(anonymous).not.toHaveProperty('soundDevice')
    expect((await api(roles.editor, 'GET', '/globals/station')).json).toMatchObject({ soundOutput: 'alsa', soundDevice: 'hw:0,0' })
  })
})
