import { Injectable } from '@nestjs/common';
import { CONSENT_TEXT, CONSENT_VERSION, onboardingChecklist, onboardingStage } from '@rebound/domain';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import type { ServiceContext } from '../../common/request-context.js';
import type { MyOnboarding, UpdateMyOnboardingInput } from './dto/onboarding.types.js';

/** A candidate's own onboarding: their profile, consent and checklist. */
@Injectable()
export class MyOnboardingService {
  async mine(ctx: ServiceContext): Promise<MyOnboarding> {
    const row = await this.ownRecord(ctx);
    return presentOnboarding(row);
  }

  async updateMine(ctx: ServiceContext, input: UpdateMyOnboardingInput): Promise<MyOnboarding> {
    const current = await this.ownRecord(ctx);
    const tidy = (values?: string[]) => [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
    const manager = await ctx.db.manager();
    const consentNow = input.consent === true && current.consentVersion !== CONSENT_VERSION;
    const withdrawn = input.consent === false;
    await updateVersioned(
      manager,
      `UPDATE clients SET target_roles = $4, locations = $5, availability = $6, work_authorization = $7,
              resume_url = $8,
              consent_version = CASE WHEN $9 THEN '${CONSENT_VERSION}' WHEN $10 THEN NULL ELSE consent_version END,
              consent_at = CASE WHEN $9 THEN now() WHEN $10 THEN NULL ELSE consent_at END,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 RETURNING id`,
      [
        ctx.orgId,
        current.clientId,
        input.version,
        input.targetRoles ? tidy(input.targetRoles) : current.targetRoles,
        input.locations ? tidy(input.locations) : current.locations,
        input.availability === undefined ? current.availability : input.availability.trim() || null,
        input.workAuthorization === undefined
          ? current.workAuthorization
          : input.workAuthorization.trim() || null,
        input.resumeUrl === undefined ? current.resumeUrl : input.resumeUrl.trim() || null,
        consentNow,
        withdrawn,
      ],
      { table: 'clients', orgId: ctx.orgId, id: current.clientId, what: 'Profile' },
    );
    return this.mine(ctx);
  }

  private async ownRecord(ctx: ServiceContext) {
    if (ctx.role !== 'client') throw new ForbiddenError('This is the candidate’s own profile.');
    const manager = await ctx.db.manager();
    const rows: (Omit<MyOnboarding, 'checklist' | 'stage' | 'consentText' | 'currentConsentVersion'> & {
      invited: boolean;
      submissions: number;
    })[] = await manager.query(
      `SELECT c.id AS "clientId", c.target_roles AS "targetRoles", c.locations, c.availability,
              c.work_authorization AS "workAuthorization", c.resume_url AS "resumeUrl",
              c.consent_version AS "consentVersion", c.consent_at AS "consentAt", c.version,
              true AS invited,
              (SELECT count(*)::int FROM candidate_submissions s WHERE s.organization_id = c.organization_id AND s.client_id = c.id) AS submissions
         FROM clients c WHERE c.organization_id = $1 AND c.membership_id = $2`,
      [ctx.orgId, ctx.membershipId],
    );
    if (!rows.length) throw new NotFoundError('Profile');
    return rows[0];
  }
}

function presentOnboarding(
  row: Omit<MyOnboarding, 'checklist' | 'stage' | 'consentText' | 'currentConsentVersion'> & {
    invited: boolean;
    submissions: number;
  },
): MyOnboarding {
  const { invited, submissions, ...profile } = row;
  const facts = { ...profile, invited, accepted: true, submissions };
  return {
    ...profile,
    consentText: CONSENT_TEXT,
    currentConsentVersion: CONSENT_VERSION,
    checklist: onboardingChecklist(facts),
    stage: onboardingStage(facts),
  };
}
