export { runMigrations } from './migrate.js';
export { seedDemo, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_USERS } from './seed/demo-seed.js';
