import { Args, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { requestedFields } from '../../common/requested-fields.js';
import { ClientFilter } from '../clients/dto/client.types.js';
import {
  CaseloadConnection,
  CaseloadEntry,
  CaseloadSortEnum,
  type CaseloadSort,
} from './dto/caseload.types.js';
import { TriageService } from './triage.service.js';

@Resolver(() => CaseloadEntry)
export class CaseloadResolver {
  constructor(private readonly triage: TriageService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => CaseloadConnection, {
    description:
      'The signed-in coach’s clients (admins: everyone, or one coach’s with filter.coachId), by default the ' +
      'active and paused ones, sorted by who needs attention first.',
  })
  caseload(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('sort', { type: () => CaseloadSortEnum, defaultValue: 'attention' }) sort?: CaseloadSort,
    @Args('filter', { type: () => ClientFilter, nullable: true }) filter?: ClientFilter,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Connection<CaseloadEntry>> {
    const selection = info && {
      client: requestedFields(info, ['edges', 'node', 'client']),
      lastRejection: requestedFields(info, ['edges', 'node', 'lastRejection']),
    };
    return this.triage.caseload(ctx, first, after, sort ?? 'attention', filter ?? {}, selection);
  }
}
