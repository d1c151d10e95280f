import { isStaff } from '../../common/client-visibility.js';
import { ForbiddenError } from '../../common/errors.js';
import type { ServiceContext } from '../../common/request-context.js';

/** The agency's own records and pipeline are for its staff, never for candidates. */
export function assertStaff(ctx: ServiceContext): void {
  if (!isStaff(ctx)) throw new ForbiddenError('This is for recruiters.');
}
