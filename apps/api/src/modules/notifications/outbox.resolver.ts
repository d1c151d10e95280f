import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/access.decorators.js';
import { NotFoundError } from '../../common/errors.js';
import type { GraphQLContext } from '../../common/request-context.js';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import { OutboxEmail } from './dto/outbox-email.types.js';

@Resolver(() => OutboxEmail)
export class OutboxResolver {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  @Public()
  @Query(() => [OutboxEmail], {
    description: 'Development only: the newest emails of the outbox. NOT_FOUND in production.',
  })
  async devOutbox(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<OutboxEmail[]> {
    if (this.config.NODE_ENV === 'production') throw new NotFoundError('The development outbox');
    const manager = await ctx.db.manager();
    return manager.query(
      `SELECT id, to_address AS "to", subject, text_body AS text, created_at AS "createdAt"
         FROM email_outbox ORDER BY created_at DESC, id DESC LIMIT $1`,
      [Math.min(Math.max(first, 1), 200)],
    );
  }
}
