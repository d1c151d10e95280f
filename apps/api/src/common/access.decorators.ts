import { SetMetadata } from '@nestjs/common';
import type { Role } from '@rebound/domain';

export const ACCESS_METADATA = 'rebound:access';

/**
 * How an operation may be reached. Every resolver and controller handler declares one; the global
 * guard refuses handlers that declare none, so access is opted out of explicitly, never by omission.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'service' }
  | { kind: 'signed-in' }
  | { kind: 'member'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Only the web server, with the shared service key (Auth.js adapter, signed-out account flows). */
export const Service = () => SetMetadata(ACCESS_METADATA, { kind: 'service' } satisfies AccessRule);

/** Any signed-in user, outside any organization (e.g. listing one's own organizations). */
export const SignedIn = () => SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies AccessRule);

/** A signed-in active member of the organization named by the request, holding one of these roles. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_METADATA, { kind: 'member', roles } satisfies AccessRule);

export const READ_ONLY_ALLOWED_METADATA = 'rebound:read-only-allowed';

/**
 * A mutation that still works while the organization's subscription leaves it read-only: paying
 * (billing) and taking one's data away (export). Every other mutation answers PAYMENT_REQUIRED then.
 */
export const AllowedWhenReadOnly = () => SetMetadata(READ_ONLY_ALLOWED_METADATA, true);
