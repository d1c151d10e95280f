export * from './tenancy/organization-kind.js';
export * from './tenancy/role.js';
export * from './tenancy/slug.js';
export * from './identity/password-rules.js';
export * from './identity/invitation-rules.js';
export * from './applications/application-vocabulary.js';
export * from './rejections/rejection-vocabulary.js';
export * from './caseload/client-vocabulary.js';
