import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Service } from '../../common/access.decorators.js';
import type { GraphQLContext } from '../../common/request-context.js';
import { AuthAdapterService } from './auth-adapter.service.js';
import { AuthUser, VerificationToken } from './dto/auth.types.js';
import { SignInResult } from './dto/two-factor.types.js';
import { SignInService } from './sign-in.service.js';

/** Auth.js's adapter, over the API: the web server calls these with the service key. */
@Resolver()
export class AuthAdapterResolver {
  constructor(
    private readonly adapter: AuthAdapterService,
    private readonly signIns: SignInService,
  ) {}

  @Service()
  @Query(() => AuthUser, { nullable: true })
  authUser(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.adapter.user(ctx.db, id);
  }

  @Service()
  @Query(() => AuthUser, { nullable: true })
  authUserByEmail(@Context() ctx: GraphQLContext, @Args('email') email: string) {
    return this.adapter.userByEmail(ctx.db, email);
  }

  @Service()
  @Query(() => AuthUser, { nullable: true })
  authUserByAccount(
    @Context() ctx: GraphQLContext,
    @Args('provider') provider: string,
    @Args('providerAccountId') providerAccountId: string,
  ) {
    return this.adapter.userByAccount(ctx.db, provider, providerAccountId);
  }

  @Service()
  @Mutation(() => AuthUser)
  authCreateUser(@Context() ctx: GraphQLContext, @Args('email') email: string, @Args('name') name: string) {
    return this.adapter.createUser(ctx.db, email, name);
  }

  @Service()
  @Mutation(() => Boolean)
  authLinkAccount(
    @Context() ctx: GraphQLContext,
    @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string,
    @Args('provider') provider: string,
    @Args('providerAccountId') providerAccountId: string,
  ) {
    return this.adapter.linkAccount(ctx.db, userId, provider, providerAccountId);
  }

  @Service()
  @Mutation(() => Boolean)
  authCreateVerificationToken(
    @Context() ctx: GraphQLContext,
    @Args('identifier') identifier: string,
    @Args('token') token: string,
    @Args('expires') expires: Date,
  ) {
    return this.adapter.createVerificationToken(ctx.db, identifier, token, expires);
  }

  @Service()
  @Mutation(() => VerificationToken, { nullable: true })
  authUseVerificationToken(
    @Context() ctx: GraphQLContext,
    @Args('identifier') identifier: string,
    @Args('token') token: string,
  ) {
    return this.adapter.useVerificationToken(ctx.db, identifier, token);
  }

  @Service()
  @Mutation(() => Boolean, { description: 'Emails an Auth.js sign-in link (outbox in development).' })
  sendSignInLink(@Context() ctx: GraphQLContext, @Args('email') email: string, @Args('url') url: string) {
    return this.adapter.sendSignInLink(ctx.db, ctx.clientIp, email, url);
  }

  @Service()
  @Mutation(() => SignInResult, {
    description:
      'After an email-link or OAuth sign-in: a server-side session, or a two-factor challenge for a user ' +
      'with two-factor sign-in on (the link alone does not sign them in).',
  })
  createSession(
    @Context() ctx: GraphQLContext,
    @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string,
  ) {
    return this.signIns.afterFirstFactor(ctx, userId);
  }
}
