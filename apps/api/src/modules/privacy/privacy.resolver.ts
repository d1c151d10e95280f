import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { MANAGER_ROLES } from '@rebound/domain';
import { AllowedWhenReadOnly, Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { readFromReplica, type ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { DeletionRequest, DeletionRequestConnection, RequestDeletionInput } from './dto/privacy.types.js';
import { PrivacyService } from './privacy.service.js';

@Resolver(() => DeletionRequest)
export class PrivacyResolver {
  constructor(private readonly privacyService: PrivacyService) {}

  @Roles('client')
  @Query(() => String, {
    description:
      'Everything recorded about the signed-in client in this organization, as JSON text (coach private notes excepted).',
  })
  myData(@Member() ctx: ServiceContext): Promise<string> {
    return readFromReplica(ctx, (replica) => this.privacyService.export(replica));
  }

  @Roles('client')
  @Query(() => DeletionRequest, {
    nullable: true,
    description: "The signed-in client's pending deletion request.",
  })
  myDeletionRequest(@Member() ctx: ServiceContext): Promise<DeletionRequest | null> {
    return this.privacyService.mine(ctx);
  }

  // Erasing one's data is a right, not a paid feature: it works in a read-only organization too.
  @AllowedWhenReadOnly()
  @Roles('client')
  @Mutation(() => DeletionRequest, {
    description: 'Asks for everything about the signed-in client to be erased; an owner or admin confirms.',
  })
  requestDeletion(
    @Member() ctx: ServiceContext,
    @Args('input', { type: () => RequestDeletionInput, nullable: true }) input?: RequestDeletionInput,
  ): Promise<DeletionRequest> {
    return this.privacyService.request(ctx, input?.note);
  }

  // Erasing one's data is a right, not a paid feature: it works in a read-only organization too.
  @AllowedWhenReadOnly()
  @Roles('client')
  @Mutation(() => Boolean, {
    description: 'Withdraws the pending deletion request; false when there was none.',
  })
  withdrawDeletionRequest(@Member() ctx: ServiceContext): Promise<boolean> {
    return this.privacyService.withdraw(ctx);
  }

  @Roles(...MANAGER_ROLES)
  @Query(() => DeletionRequestConnection, { description: 'Pending deletion requests, oldest first.' })
  deletionRequests(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<DeletionRequest>> {
    return this.privacyService.list(ctx, first, after);
  }

  // Erasing one's data is a right, not a paid feature: it works in a read-only organization too.
  @AllowedWhenReadOnly()
  @Roles(...MANAGER_ROLES)
  @Mutation(() => Boolean, {
    description: 'Confirms a deletion request: the client and everything recorded about them are erased.',
  })
  confirmDeletionRequest(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<boolean> {
    return this.privacyService.confirm(ctx, id);
  }
}
