/**
 * Every action the audit log records, by the code stored with each entry. Codes are `<subject>.<verb>`;
 * the keys are the names the API's GraphQL enum gives them. The order is the one the log's filter offers.
 */
export const AUDIT_ACTIONS = {
  MEMBER_ROLE_CHANGED: 'member.role_changed',
  MEMBER_STATUS_CHANGED: 'member.status_changed',
  INVITATION_SENT: 'invitation.sent',
  INVITATION_RESENT: 'invitation.resent',
  INVITATION_REVOKED: 'invitation.revoked',
  INVITATION_ACCEPTED: 'invitation.accepted',
  SIGN_IN_NEW_DEVICE: 'auth.sign_in_new_device',
  EXPORT_CANDIDATES: 'export.candidates',
  EXPORT_IMPORT_PROBLEMS: 'export.import_problems',
  EXPORT_ANALYTICS: 'export.analytics',
  EXPORT_CLIENT_DATA: 'export.client_data',
  EXPORT_AUDIT_LOG: 'export.audit_log',
  DELETION_REQUESTED: 'deletion_request.requested',
  DELETION_REQUEST_WITHDRAWN: 'deletion_request.withdrawn',
  DELETION_REQUEST_CONFIRMED: 'deletion_request.confirmed',
  CLIENT_DELETED: 'client.deleted',
  BILLING_CHECKOUT_STARTED: 'billing.checkout_started',
  BILLING_PORTAL_OPENED: 'billing.portal_opened',
  BILLING_SUBSCRIPTION_CHANGED: 'billing.subscription_changed',
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];

/** Who acted: a member, the product itself (jobs), or Stripe (webhooks). */
export const AUDIT_ACTOR_KINDS = { USER: 'user', SYSTEM: 'system', STRIPE: 'stripe' } as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[keyof typeof AUDIT_ACTOR_KINDS];
