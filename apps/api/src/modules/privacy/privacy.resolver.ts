import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { AllowedWhenReadOnly, Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { readFromReplica, serviceContext, type GraphQLContext } from '../../common/request-context.js';
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
  myData(@Context() ctx: GraphQLContext): Promise<string> {
    return readFromReplica(serviceContext(ctx), (replica) => this.privacyService.export(replica));
  }

  @Roles('client')
  @Query(() => DeletionRequest, {
    nullable: true,
    description: "The signed-in client's pending deletion request.",
  })
  myDeletionRequest(@Context() ctx: GraphQLContext): Promise<DeletionRequest | null> {
    return this.privacyService.mine(serviceContext(ctx));
  }

  // Erasing one's data is a right, not a paid feature: it works in a read-only organization too.
  @AllowedWhenReadOnly()
  @Roles('client')
  @Mutation(() => DeletionRequest, {
    description: 'Asks for everything about the signed-in client to be erased; an owner or admin confirms.',
  })
  requestDeletion(
    @Context() ctx: GraphQLContext,
    @Args('input', { type: () => RequestDeletionInput, nullable: true }) input?: RequestDeletionInput,
  ): Promise<DeletionRequest> {
    return this.privacyService.request(serviceContext(ctx), input?.note);
  }

  // Erasing one's data is a right, not a paid feature: it works in a read-only organization too.
  @AllowedWhenReadOnly()
  @Roles('client')
  @Mutation(() => Boolean, {
    description: 'Withdraws the pending deletion request; false when there was none.',
  })
  withdrawDeletionRequest(@Context() ctx: GraphQLContext): Promise<boolean> {
    return this.privacyService.withdraw(serviceContext(ctx));
  }

  @Roles('owner', 'admin')
  @Query(() => DeletionRequestConnection, { description: 'Pending deletion requests, oldest first.' })
  deletionRequests(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<DeletionRequest>> {
    return this.privacyService.list(serviceContext(ctx), first, after);
  }

  // Erasing one's data is a right, not a paid feature: it works in a read-only organization too.
  @AllowedWhenReadOnly()
  @Roles('owner', 'admin')
  @Mutation(() => Boolean, {
    description: 'Confirms a deletion request: the client and everything recorded about them are erased.',
  })
  confirmDeletionRequest(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<boolean> {
    return this.privacyService.confirm(serviceContext(ctx), id);
  }
}
