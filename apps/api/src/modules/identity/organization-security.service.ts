import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';
import type { OrganizationSecurity } from './dto/two-factor.types.js';
import { TwoFactorService } from './two-factor.service.js';

/**
 * An organization's sign-in rules. While two-factor sign-in is required of staff, `open_request` marks
 * a staff member without it and the access guard refuses them every operation of the organization.
 */
@Injectable()
export class OrganizationSecurityService {
  constructor(private readonly twoFactor: TwoFactorService) {}

  async get(ctx: ServiceContext): Promise<OrganizationSecurity> {
    const manager = await ctx.db.manager();
    const [row]: OrganizationSecurity[] = await manager.query(
      'SELECT require_staff_two_factor AS "requireStaffTwoFactor" FROM organizations WHERE id = $1',
      [ctx.orgId],
    );
    return row;
  }

  async setStaffRequirement(ctx: ServiceContext, required: boolean): Promise<OrganizationSecurity> {
    if (required && !(await this.twoFactor.isEnabled(ctx.db, ctx.userId))) {
      throw new BadUserInputError([
        {
          path: 'input.required',
          code: 'OWN_TWO_FACTOR_FIRST',
          message: 'Turn on two-factor sign-in for your own account first, from your account page.',
        },
      ]);
    }
    const manager = await ctx.db.manager();
    const [rows]: [OrganizationSecurity[], number] = await manager.query(
      `UPDATE organizations SET require_staff_two_factor = $2, updated_at = now() WHERE id = $1
       RETURNING require_staff_two_factor AS "requireStaffTwoFactor"`,
      [ctx.orgId, required],
    );
    return rows[0];
  }
}
