import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { MANAGER_ROLES, ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
// The GraphQL type is `Member`; `@Member()` is the resolver's service context.
import {
  ChangeMemberRoleInput,
  Member as MemberType,
  MemberConnection,
  SetMemberStatusInput,
} from './dto/member.types.js';
import { MemberService } from './member.service.js';

@Resolver(() => MemberType)
export class MemberResolver {
  constructor(private readonly memberService: MemberService) {}

  @Roles(...MANAGER_ROLES)
  @Query(() => MemberConnection, { description: 'Everyone in the organization, oldest first.' })
  members(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<MemberType>> {
    return this.memberService.list(ctx, first, after);
  }

  @Roles(...ROLES)
  @Query(() => MemberType, {
    description: 'One member, if the viewer may see them (coaches: their caseload).',
  })
  member(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<MemberType> {
    return this.memberService.findVisible(ctx, id);
  }

  @Roles(...MANAGER_ROLES)
  @Mutation(() => MemberType)
  changeMemberRole(
    @Member() ctx: ServiceContext,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<MemberType> {
    return this.memberService.changeRole(ctx, input.memberId, input.role);
  }

  @Roles(...MANAGER_ROLES)
  @Mutation(() => MemberType)
  setMemberStatus(
    @Member() ctx: ServiceContext,
    @Args('input') input: SetMemberStatusInput,
  ): Promise<MemberType> {
    return this.memberService.setStatus(ctx, input.memberId, input.status);
  }
}
