import type { Migration } from './migration.js';
import { coreMigration } from './0001-core.js';
import { storyIndexMigration } from './0002-story-index.js';
import { searchMigration } from './0003-search.js';
import { feedsMigration } from './0004-feeds.js';
import { itemRechecksMigration } from './0005-item-rechecks.js';
import { storyReviewMigration } from './0006-story-review.js';
import { indexUpkeepMigration } from './0007-index-upkeep.js';
import { fetchTimeMigration } from './0008-fetch-time.js';
import { coveringRecencyMigration } from './0009-covering-recency.js';

export type { Migration } from './migration.js';

/** Every schema step, in version order. Add new steps at the end; never edit an applied one. */
export const migrations: readonly Migration[] = [coreMigration, storyIndexMigration, searchMigration, feedsMigration, itemRechecksMigration, storyReviewMigration, indexUpkeepMigration, fetchTimeMigration, coveringRecencyMigration];
