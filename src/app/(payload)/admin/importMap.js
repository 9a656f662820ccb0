import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { VietnameseTableFeatureClient as VietnameseTableFeatureClient_3de2fa82b532c767bcb9022a6cf03b54 } from '../../../../src/components/admin/VietnameseTableFeature'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReadOutRecorder as ReadOutRecorder_6b6a79210d717089d51066c48baae115 } from '../../../../src/components/admin/ReadOutRecorder'
import { SyntheticReadOut as SyntheticReadOut_baab414be1876fa6885cd4df721f6bc2 } from '../../../../src/components/admin/SyntheticReadOut'
import { ReviewStatus as ReviewStatus_03b1a1401f288407237ad37616082282 } from '../../../../src/components/admin/ReviewStatus'
import { ArticleHistory as ArticleHistory_d06a180944522dc47f4dc19075a3f992 } from '../../../../src/components/admin/ArticleHistory'
import { ReviewActions as ReviewActions_ce7718a2f4f9a4e8d299b4d592b9cce8 } from '../../../../src/components/admin/ReviewActions'
import { EmergencyStatusField as EmergencyStatusField_4898dc82475f6ecbb92067aefa77d8ad } from '../../../../src/components/admin/EmergencyStatus'
import { EmergencyStatusCell as EmergencyStatusCell_4898dc82475f6ecbb92067aefa77d8ad } from '../../../../src/components/admin/EmergencyStatus'
import { EmergencyRelease as EmergencyRelease_76da6da2517781dbb2dfd30b5530d5df } from '../../../../src/components/admin/EmergencyRelease'
import { StationDateField as StationDateField_74196e3e136b299e777e1cc0448d171d } from '../../../../src/components/admin/StationDateField'
import { ProgrammePlayer as ProgrammePlayer_df5f66b18a70ff0b69d9d2f84e2c17a4 } from '../../../../src/components/admin/ProgrammePlayer'
import { ProgrammeReportField as ProgrammeReportField_3ea2a981e3b185f9ab370d1548652110 } from '../../../../src/components/admin/ProgrammeReport'
import { ProgrammeReportCell as ProgrammeReportCell_3ea2a981e3b185f9ab370d1548652110 } from '../../../../src/components/admin/ProgrammeReport'
import { AsRunDayView as AsRunDayView_02b2097249574c353fcd5d29beb5ea13 } from '../../../../src/components/admin/AsRunDay'
import { AuditTimeCell as AuditTimeCell_a61e116ae2aaecb86dbf129daa5016c1 } from '../../../../src/components/admin/AuditTimeCell'
import { NavCounts as NavCounts_9e670ce45489dcf7e9e843d7c6577032 } from '../../../../src/components/admin/dashboard/NavCounts'
import { RoleDashboard as RoleDashboard_01e8fc106f03e5fbce8dcb80814fdbf6 } from '../../../../src/components/admin/dashboard/RoleDashboard'
import { ReviewQueueView as ReviewQueueView_df6e53425675339a8bb461e474aac6e6 } from '../../../../src/components/admin/dashboard/ReviewQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/src/components/admin/VietnameseTableFeature#VietnameseTableFeatureClient": VietnameseTableFeatureClient_3de2fa82b532c767bcb9022a6cf03b54,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/ReadOutRecorder#ReadOutRecorder": ReadOutRecorder_6b6a79210d717089d51066c48baae115,
  "/src/components/admin/SyntheticReadOut#SyntheticReadOut": SyntheticReadOut_baab414be1876fa6885cd4df721f6bc2,
  "/src/components/admin/ReviewStatus#ReviewStatus": ReviewStatus_03b1a1401f288407237ad37616082282,
  "/src/components/admin/ArticleHistory#ArticleHistory": ArticleHistory_d06a180944522dc47f4dc19075a3f992,
  "/src/components/admin/ReviewActions#ReviewActions": ReviewActions_ce7718a2f4f9a4e8d299b4d592b9cce8,
  "/src/components/admin/EmergencyStatus#EmergencyStatusField": EmergencyStatusField_4898dc82475f6ecbb92067aefa77d8ad,
  "/src/components/admin/EmergencyStatus#EmergencyStatusCell": EmergencyStatusCell_4898dc82475f6ecbb92067aefa77d8ad,
  "/src/components/admin/EmergencyRelease#EmergencyRelease": EmergencyRelease_76da6da2517781dbb2dfd30b5530d5df,
  "/src/components/admin/StationDateField#StationDateField": StationDateField_74196e3e136b299e777e1cc0448d171d,
  "/src/components/admin/ProgrammePlayer#ProgrammePlayer": ProgrammePlayer_df5f66b18a70ff0b69d9d2f84e2c17a4,
  "/src/components/admin/ProgrammeReport#ProgrammeReportField": ProgrammeReportField_3ea2a981e3b185f9ab370d1548652110,
  "/src/components/admin/ProgrammeReport#ProgrammeReportCell": ProgrammeReportCell_3ea2a981e3b185f9ab370d1548652110,
  "/src/components/admin/AsRunDay#AsRunDayView": AsRunDayView_02b2097249574c353fcd5d29beb5ea13,
  "/src/components/admin/AuditTimeCell#AuditTimeCell": AuditTimeCell_a61e116ae2aaecb86dbf129daa5016c1,
  "/src/components/admin/dashboard/NavCounts#NavCounts": NavCounts_9e670ce45489dcf7e9e843d7c6577032,
  "/src/components/admin/dashboard/RoleDashboard#RoleDashboard": RoleDashboard_01e8fc106f03e5fbce8dcb80814fdbf6,
  "/src/components/admin/dashboard/ReviewQueueView#ReviewQueueView": ReviewQueueView_df6e53425675339a8bb461e474aac6e6,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
