export * from './embedded-postgres.js';
export * from './free-port.js';
export * from './provision.js';
export * from './postgres-access.js';
