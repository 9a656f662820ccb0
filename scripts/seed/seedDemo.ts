import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import type { Role } from '../../src/access/roles'
import { slugify } from '../../src/lib/slug'
import { instantFromLocal, localParts, STATION_TIME_ZONE } from '../../src/lib/viDate'
import { runReviewAction } from '../../src/newsroom/reviewService'
import { articles, categories, type SeedArticle } from './content'
import { seedDemoImages } from './demoImages'
import { lexicalFromBlocks } from './lexical'

export type SeedReport = {
  created: { categories: number; tags: number; users: number; articles: number; images: number }
  /** Accounts made in this run whose password was generated: shown once, stored nowhere. */
  generatedLogins: { email: string; password: string; role: Role }[]
  adminEmail: string
}

const DEMO_STAFF: { role: Role; email: string; name: string }[] = [
  { role: 'editor', email: 'bientap@loa.local', name: 'Nguyễn Thị Biên' },
  { role: 'approver', email: 'duyet@loa.local', name: 'Trần Văn Duyệt' },
  { role: 'technician', email: 'kythuat@loa.local', name: 'Lê Văn Kỹ' },
]

// Seeding writes many documents at once; hooks that react to edits (revalidation, rebuilds) check
// this flag and stay quiet.
const context = { seeding: true }

const generatePassword = () => randomBytes(9).toString('base64url')

async function findIdBy(payload: Payload, collection: 'categories' | 'tags' | 'users' | 'articles', field: string, value: string) {
  const found = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, overrideAccess: true, draft: true })
  return found.docs[0]?.id
}

/** The publication instant of a seed article: `daysAgo` days before `now`, at its local hour, in the station zone. */
export function seedPublishedAt(article: Pick<SeedArticle, 'daysAgo' | 'hour' | 'minute'>, now: Date): Date {
  const today = localParts(now, STATION_TIME_ZONE)
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day - article.daysAgo))
  const at = instantFromLocal(
    { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: article.hour, minute: article.minute },
    STATION_TIME_ZONE,
  )
  // Never in the future: today's items scheduled later than now are moved to just before now.
  return at > now ? new Date(now.getTime() - 60_000 * (articles.indexOf(article as SeedArticle) + 1)) : at
}

async function seedUsers(payload: Payload, report: SeedReport) {
  const adminEmail = process.env.LOA_ADMIN_EMAIL?.trim() || 'admin@loa.local'
  const adminPassword = process.env.LOA_ADMIN_PASSWORD?.trim()
  report.adminEmail = adminEmail
  const staff = [{ role: 'admin' as Role, email: adminEmail, name: 'Quản trị viên' }, ...DEMO_STAFF]
  for (const person of staff) {
    const existing = await findIdBy(payload, 'users', 'email', person.email)
    const givenPassword = person.role === 'admin' ? adminPassword : undefined
    if (existing) {
      // LOA_ADMIN_PASSWORD set on a later start resets the admin password: the documented way back in.
      if (givenPassword) await payload.update({ collection: 'users', id: existing, data: { password: givenPassword }, overrideAccess: true, context })
      continue
    }
    const password = givenPassword || generatePassword()
    await payload.create({ collection: 'users', data: { ...person, password }, overrideAccess: true, context })
    report.created.users++
    if (!givenPassword) report.generatedLogins.push({ email: person.email, password, role: person.role })
  }
}

async function seedTaxonomy(payload: Payload, report: SeedReport) {
  const categoryIds = new Map<string, number | string>()
  for (const category of categories) {
    let id = await findIdBy(payload, 'categories', 'slug', category.slug)
    if (!id) {
      id = (await payload.create({ collection: 'categories', data: category, overrideAccess: true, context })).id
      report.created.categories++
    }
    categoryIds.set(category.slug, id)
  }
  const tagIds = new Map<string, number | string>()
  for (const name of new Set(articles.flatMap((article) => article.tags))) {
    let id = await findIdBy(payload, 'tags', 'slug', slugify(name))
    if (!id) {
      id = (await payload.create({ collection: 'tags', data: { name }, overrideAccess: true, context })).id
      report.created.tags++
    }
    tagIds.set(name, id)
  }
  return { categoryIds, tagIds }
}

/**
 * Demo content: categories, tags, two illustrations, one account per role, 24 published articles
 * over ten days and two drafts (one waiting for approval, one returned with a reason). Idempotent: what exists (matched by slug or e-mail) is left as editors may have changed it.
 */
export async function seedDemo(payload: Payload, now: Date): Promise<SeedReport> {
  const report: SeedReport = { created: { categories: 0, tags: 0, users: 0, articles: 0, images: 0 }, generatedLogins: [], adminEmail: '' }
  await seedUsers(payload, report)
  const { categoryIds, tagIds } = await seedTaxonomy(payload, report)
  const { ids: imageIds, created: imagesCreated } = await seedDemoImages(payload)
  report.created.images = imagesCreated
  for (const article of articles) {
    const slug = slugify(article.title)
    if (await findIdBy(payload, 'articles', 'slug', slug)) continue
    const published = !article.draft
    const created = await payload.create({
      collection: 'articles',
      draft: !published,
      overrideAccess: true,
      context,
      data: {
        title: article.title,
        slug,
        summary: article.summary,
        content: lexicalFromBlocks(article.body, imageIds),
        heroImage: article.heroImage ? imageIds.get(article.heroImage) : undefined,
        category: categoryIds.get(article.categorySlug) as number | undefined,
        tags: article.tags.map((tag) => tagIds.get(tag)).filter((id): id is number => id !== undefined) as number[],
        source: article.source ? { name: article.source.name, url: article.source.url } : undefined,
        author: article.authorName,
        publishedAt: published ? seedPublishedAt(article, now).toISOString() : undefined,
        broadcast: article.broadcast ? { include: article.broadcast.include, script: article.broadcast.script } : undefined,
        _status: published ? 'published' : 'draft',
      },
    })
    report.created.articles++
    if (article.review) await seedReview(payload, created.id, article.review)
  }
  return report
}

/**
 * Moves a new demo draft along the approval flow through the same actions the buttons call, so the
 * approver's queue shows one story waiting and the editor one returned with its reason.
 */
async function seedReview(payload: Payload, id: number | string, review: NonNullable<SeedArticle['review']>) {
  const as = async (email: string) => {
    const user = (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    return user ? createLocalReq({ user: { ...user, collection: 'users' }, context: { ...context } }, payload) : null
  }
  const editor = await as('bientap@loa.local')
  if (!editor) return
  const submitted = await runReviewAction(editor, id, 'submit', {})
  if (submitted.status !== 200) throw new Error(`seed: gửi duyệt bài ${id}: ${submitted.body.message}`)
  const approver = review.returnedWith ? await as('duyet@loa.local') : null
  if (!approver) return
  const returned = await runReviewAction(approver, id, 'return', { reason: review.returnedWith })
  if (returned.status !== 200) throw new Error(`seed: trả lại bài ${id}: ${returned.body.message}`)
}

export async function databaseIsEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}
