/** A small REST client for Payload's /api, logged in or anonymous, as a browser or a script would use it. */
export type Session = { token?: string; baseUrl: string }

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login ${email} failed: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { token: string }
  return { baseUrl, token: body.token }
}

export function anonymous(baseUrl: string): Session {
  return { baseUrl }
}

export async function api(session: Session, method: string, pathAndQuery: string, body?: unknown) {
  const response = await fetch(`${session.baseUrl}/api${pathAndQuery}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(session.token ? { Authorization: `JWT ${session.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json, text }
}

export async function graphql(session: Session, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${session.baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(session.token ? { Authorization: `JWT ${session.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, json: (await response.json()) as any }
}

/** Creates a staff account as the admin and logs it in. */
export async function staffSession(admin: Session, role: 'editor' | 'approver' | 'technician' | 'admin', email: string) {
  const password = `${role}-password-123`
  const created = await api(admin, 'POST', '/users', { email, password, name: `Test ${role}`, role })
  if (created.status !== 201) throw new Error(`creating ${role} failed: ${created.status} ${created.text}`)
  return login(admin.baseUrl, email, password)
}

export type Roles = { admin: Session; editor: Session; approver: Session; technician: Session; visitor: Session }

/** The seeded admin plus one fresh account of every other role, logged in, and an anonymous visitor. */
export async function sessionsForEveryRole(baseUrl: string, adminAccount: { email: string; password: string }): Promise<Roles> {
  const admin = await login(baseUrl, adminAccount.email, adminAccount.password)
  const [editor, approver, technician] = await Promise.all(
    (['editor', 'approver', 'technician'] as const).map((role) => staffSession(admin, role, `${role}@test.loa`)),
  )
  return { admin, editor, approver, technician, visitor: anonymous(baseUrl) }
}
