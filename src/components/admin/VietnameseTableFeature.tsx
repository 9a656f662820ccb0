'use client'
import { TableFeatureClient } from '@payloadcms/richtext-lexical/client'

/**
 * Payload's table feature names itself "Table" in English whatever the admin language, and its
 * slash-menu entry is found only by typing "table". Editors here work in Vietnamese, so the entry is
 * relabelled and also found by "bảng"/"bang". Everything else is Payload's own feature.
 */
type Item = { key: string; label?: unknown; keywords?: string[] }
type Group = { items: Item[] }
type I18nLabelArgs = { i18n: { language: string } }

const label = ({ i18n }: I18nLabelArgs) => (i18n.language === 'vi' ? 'Bảng' : 'Table')

const relabel = <G extends Group>(groups: G[]): G[] =>
  groups.map((group) => ({
    ...group,
    items: group.items.map((item) => (item.key === 'table' ? { ...item, label, keywords: [...(item.keywords ?? []), 'bảng', 'bang'] } : item)),
  }))

export const VietnameseTableFeatureClient: typeof TableFeatureClient = (props) => {
  const provided = TableFeatureClient(props)
  const feature = provided.feature as unknown as { slashMenu?: { groups: Group[] }; toolbarFixed?: { groups: Group[] } }
  return {
    ...provided,
    feature: {
      ...feature,
      slashMenu: feature.slashMenu && { ...feature.slashMenu, groups: relabel(feature.slashMenu.groups) },
      toolbarFixed: feature.toolbarFixed && { ...feature.toolbarFixed, groups: relabel(feature.toolbarFixed.groups) },
    },
  } as ReturnType<typeof TableFeatureClient>
}
