import { Foundation1764050000000 } from './1764050000000-foundation.js';

/** Every migration in order; listed explicitly so that no glob decides what runs. */
export const MIGRATIONS = [Foundation1764050000000];
