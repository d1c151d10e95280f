import { OrganizationResolver } from './modules/tenancy/organization.resolver.js';
import { ViewerResolver } from './modules/identity/viewer.resolver.js';

/** Every resolver class, for printing the schema without booting the API. */
export const SCHEMA_RESOLVERS = [OrganizationResolver, ViewerResolver] as const;
