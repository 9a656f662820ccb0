import * as migration_20261127_223334_initial from './20261127_223334_initial';

export const migrations = [
  {
    up: migration_20261127_223334_initial.up,
    down: migration_20261127_223334_initial.down,
    name: '20261127_223334_initial'
  },
];
