/**
 * `npm run migrate`: applies pending migrations to the database at DATABASE_URL as the schema owner.
 * Deployments run it once before rolling out a new API version; `npm start` runs it by itself.
 */
import { runMigrations } from '@rebound/api/database';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required: a connection as the role that owns the schema.');
  process.exit(1);
}
const applied = await runMigrations(url);
console.log(
  applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the schema is up to date.',
);
