import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { COACHING_ROLES } from '@rebound/domain';
import { Public, Roles, Service, SignedIn } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { GraphQLContext, ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { AcceptInvitationWithSignUpInput } from '../identity/dto/account.types.js';
import { AuthSession, ViewerOrganization } from '../identity/dto/auth.types.js';
import {
  Invitation,
  InvitationConnection,
  InvitationPreview,
  InviteMemberInput,
} from './dto/invitation.types.js';
import { InvitationService } from './invitation.service.js';

@Resolver(() => Invitation)
export class InvitationResolver {
  constructor(private readonly invitationService: InvitationService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => InvitationConnection, {
    description: 'Invitations not yet accepted or revoked, newest first.',
  })
  invitations(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<Invitation>> {
    return this.invitationService.list(ctx, first, after);
  }

  @Public()
  @Query(() => InvitationPreview, {
    description: 'What an invitation link shows. NOT_FOUND for an unknown token.',
  })
  invitation(@Context() ctx: GraphQLContext, @Args('token') token: string): Promise<InvitationPreview> {
    return this.invitationService.preview(ctx.db, token);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Invitation, {
    description: 'Owners and admins invite admins, coaches and clients; coaches invite clients.',
  })
  inviteMember(@Member() ctx: ServiceContext, @Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.invitationService.invite(ctx, input.email, input.role);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Invitation)
  resendInvitation(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.invitationService.resend(ctx, id);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Invitation)
  revokeInvitation(@Member() ctx: ServiceContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.invitationService.revoke(ctx, id);
  }

  @SignedIn()
  @Mutation(() => ViewerOrganization, {
    description: 'The signed-in viewer accepts an invitation sent to their email.',
  })
  acceptInvitation(
    @Context() ctx: GraphQLContext,
    @Args('token') token: string,
  ): Promise<ViewerOrganization> {
    return this.invitationService.accept(ctx, token);
  }

  @Service()
  @Mutation(() => AuthSession, { description: 'Creates the account of an invited person and signs them in.' })
  acceptInvitationWithSignUp(
    @Context() ctx: GraphQLContext,
    @Args('input') input: AcceptInvitationWithSignUpInput,
  ): Promise<AuthSession> {
    return this.invitationService.acceptWithSignUp(ctx.db, input.token, input.name, input.password);
  }
}
