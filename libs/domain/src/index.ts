export * from './tenancy/organization-kind.js';
export * from './tenancy/role.js';
export * from './tenancy/slug.js';
