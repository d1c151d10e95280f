export { runMigrations } from './migrate.js';
export { seedDemo, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_SIGN_INS, DEMO_USERS } from './seed/demo-seed.js';
export { DEMO_AGENCY } from './seed/demo-agency.js';
