import * as migration_20261127_223334_initial from './20261127_223334_initial';
import * as migration_20261127_231719_radio from './20261127_231719_radio';
import * as migration_20261127_235857_article_search_text from './20261127_235857_article_search_text';
import * as migration_20261128_003852_article_views from './20261128_003852_article_views';
import * as migration_20261128_014136_admin_timezones from './20261128_014136_admin_timezones';
import * as migration_20261128_021845_article_category_date_index from './20261128_021845_article_category_date_index';
import * as migration_20261129_122311_drop_login_lockout from './20261129_122311_drop_login_lockout';
import * as migration_20261129_130834_programme_report from './20261129_130834_programme_report';
import * as migration_20261129_150308_filler_and_rebuild_reason from './20261129_150308_filler_and_rebuild_reason';
import * as migration_20261129_154757_holidays from './20261129_154757_holidays';
import * as migration_20261129_163824_emergency_release from './20261129_163824_emergency_release';
import * as migration_20261129_171638_dead_air from './20261129_171638_dead_air';
import * as migration_20261129_180622_as_run from './20261129_180622_as_run';
import * as migration_20261129_191216_sound_output from './20261129_191216_sound_output';
import * as migration_20261129_212145_newsroom from './20261129_212145_newsroom';
import * as migration_20261129_212550_article_created_by from './20261129_212550_article_created_by';
import * as migration_20261130_004640_speech_read_outs from './20261130_004640_speech_read_outs';
import * as migration_20261130_010732_speech_settings from './20261130_010732_speech_settings';
import * as migration_20261130_010800_speech_dictionary_seed from './20261130_010800_speech_dictionary_seed';
import * as migration_20261130_070948_articles_status_date_index from './20261130_070948_articles_status_date_index';

export const migrations = [
  {
    up: migration_20261127_223334_initial.up,
    down: migration_20261127_223334_initial.down,
    name: '20261127_223334_initial',
  },
  {
    up: migration_20261127_231719_radio.up,
    down: migration_20261127_231719_radio.down,
    name: '20261127_231719_radio',
  },
  {
    up: migration_20261127_235857_article_search_text.up,
    down: migration_20261127_235857_article_search_text.down,
    name: '20261127_235857_article_search_text',
  },
  {
    up: migration_20261128_003852_article_views.up,
    down: migration_20261128_003852_article_views.down,
    name: '20261128_003852_article_views',
  },
  {
    up: migration_20261128_014136_admin_timezones.up,
    down: migration_20261128_014136_admin_timezones.down,
    name: '20261128_014136_admin_timezones',
  },
  {
    up: migration_20261128_021845_article_category_date_index.up,
    down: migration_20261128_021845_article_category_date_index.down,
    name: '20261128_021845_article_category_date_index',
  },
  {
    up: migration_20261129_122311_drop_login_lockout.up,
    down: migration_20261129_122311_drop_login_lockout.down,
    name: '20261129_122311_drop_login_lockout',
  },
  {
    up: migration_20261129_130834_programme_report.up,
    down: migration_20261129_130834_programme_report.down,
    name: '20261129_130834_programme_report',
  },
  {
    up: migration_20261129_150308_filler_and_rebuild_reason.up,
    down: migration_20261129_150308_filler_and_rebuild_reason.down,
    name: '20261129_150308_filler_and_rebuild_reason',
  },
  {
    up: migration_20261129_154757_holidays.up,
    down: migration_20261129_154757_holidays.down,
    name: '20261129_154757_holidays',
  },
  {
    up: migration_20261129_163824_emergency_release.up,
    down: migration_20261129_163824_emergency_release.down,
    name: '20261129_163824_emergency_release',
  },
  {
    up: migration_20261129_171638_dead_air.up,
    down: migration_20261129_171638_dead_air.down,
    name: '20261129_171638_dead_air',
  },
  {
    up: migration_20261129_180622_as_run.up,
    down: migration_20261129_180622_as_run.down,
    name: '20261129_180622_as_run',
  },
  {
    up: migration_20261129_191216_sound_output.up,
    down: migration_20261129_191216_sound_output.down,
    name: '20261129_191216_sound_output',
  },
  {
    up: migration_20261129_212145_newsroom.up,
    down: migration_20261129_212145_newsroom.down,
    name: '20261129_212145_newsroom',
  },
  {
    up: migration_20261129_212550_article_created_by.up,
    down: migration_20261129_212550_article_created_by.down,
    name: '20261129_212550_article_created_by',
  },
  {
    up: migration_20261130_004640_speech_read_outs.up,
    down: migration_20261130_004640_speech_read_outs.down,
    name: '20261130_004640_speech_read_outs',
  },
  {
    up: migration_20261130_010732_speech_settings.up,
    down: migration_20261130_010732_speech_settings.down,
    name: '20261130_010732_speech_settings',
  },
  {
    up: migration_20261130_010800_speech_dictionary_seed.up,
    down: migration_20261130_010800_speech_dictionary_seed.down,
    name: '20261130_010800_speech_dictionary_seed',
  },
  {
    up: migration_20261130_070948_articles_status_date_index.up,
    down: migration_20261130_070948_articles_status_date_index.down,
    name: '20261130_070948_articles_status_date_index'
  },
];
