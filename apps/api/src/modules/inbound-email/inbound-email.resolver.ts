import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { ForwardedEmail } from './dto/inbound-email.types.js';
import { InboundEmailService } from './inbound-email.service.js';

@Resolver(() => ForwardedEmail)
export class InboundEmailResolver {
  constructor(private readonly inbound: InboundEmailService) {}

  @Roles('client')
  @Query(() => String, {
    description: "The signed-in client's private address: rejection emails forwarded there become drafts.",
  })
  myForwardingAddress(@Member() ctx: ServiceContext): Promise<string> {
    return this.inbound.address(ctx);
  }

  @Roles('client')
  @Query(() => [ForwardedEmail], {
    description: 'Forwarded rejection emails not yet recorded, newest first (at most 50).',
  })
  myForwardedEmails(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<ForwardedEmail[]> {
    return this.inbound.drafts(ctx, first);
  }

  @Roles('client')
  @Mutation(() => Boolean, {
    description:
      'Takes a forwarded email out of the drafts (recorded through the guided flow, or not a rejection).',
  })
  dismissForwardedEmail(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<boolean> {
    return this.inbound.dismiss(ctx, id);
  }
}
