import type { AuditActorKind } from '@rebound/domain';

export { AUDIT_ACTIONS, AUDIT_ACTOR_KINDS, type AuditAction, type AuditActorKind } from '@rebound/domain';

/** The name shown for an actor that is not a person. */
export const AUDIT_ACTOR_NAMES: Record<Exclude<AuditActorKind, 'user'>, string> = {
  system: 'System',
  stripe: 'Stripe',
};
