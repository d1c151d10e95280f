import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { ROLES } from '@rebound/domain';
import { Roles, SignedIn } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { GraphQLContext, ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import {
  EmailFrequencyEnum,
  type EmailFrequency,
  Notification,
  NotificationConnection,
} from './dto/notification.types.js';
import { NotificationService } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Roles(...ROLES)
  @Query(() => NotificationConnection, {
    description: "The viewer's notifications in this organization, newest first.",
  })
  notifications(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly?: boolean,
  ): Promise<Connection<Notification>> {
    return ctx.db.readMayLag((db) =>
      this.notificationService.list({ ...ctx, db }, first, after, unreadOnly ?? false),
    );
  }

  @Roles(...ROLES)
  @Query(() => Int)
  unreadNotificationCount(@Member() ctx: ServiceContext): Promise<number> {
    return this.notificationService.unreadCount(ctx);
  }

  @Roles(...ROLES)
  @Mutation(() => Notification)
  markNotificationRead(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ) {
    return this.notificationService.markRead(ctx, id);
  }

  @Roles(...ROLES)
  @Mutation(() => Int, { description: 'How many were marked read.' })
  markAllNotificationsRead(@Member() ctx: ServiceContext): Promise<number> {
    return this.notificationService.markAllRead(ctx);
  }

  @SignedIn()
  @Query(() => Boolean, { description: 'Whether the signed-in user gets reminder emails.' })
  emailReminders(@Context() ctx: GraphQLContext): Promise<boolean> {
    return this.notificationService.emailReminders(ctx.db, ctx.viewer!.userId);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Turns reminder emails on or off for the signed-in user.' })
  setEmailReminders(@Context() ctx: GraphQLContext, @Args('enabled') enabled: boolean): Promise<boolean> {
    return this.notificationService.setEmailReminders(ctx.db, ctx.viewer!.userId, enabled);
  }

  @SignedIn()
  @Query(() => EmailFrequencyEnum, { description: 'How the signed-in user takes notification emails.' })
  emailFrequency(@Context() ctx: GraphQLContext): Promise<EmailFrequency> {
    return this.notificationService.emailFrequency(ctx.db, ctx.viewer!.userId);
  }

  @SignedIn()
  @Mutation(() => EmailFrequencyEnum, {
    description: 'Notification emails one per event (IMMEDIATE) or as one daily digest (DAILY).',
  })
  setEmailFrequency(
    @Context() ctx: GraphQLContext,
    @Args('frequency', { type: () => EmailFrequencyEnum }) frequency: EmailFrequency,
  ): Promise<EmailFrequency> {
    return this.notificationService.setEmailFrequency(ctx.db, ctx.viewer!.userId, frequency);
  }
}
