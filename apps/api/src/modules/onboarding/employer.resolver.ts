import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import {
  AddEmployerContactInput,
  CreateEmployerInput,
  Employer,
  EmployerConnection,
  EmployerContact,
} from './dto/employer.types.js';
import { EmployerService } from './employer.service.js';

const STAFF = ['owner', 'admin', 'coach'] as const;

@Resolver(() => Employer)
export class EmployerResolver {
  constructor(private readonly service: EmployerService) {}

  @Roles(...STAFF)
  @Query(() => EmployerConnection, { description: 'The agency’s employers, by name, with their contacts.' })
  employers(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<Connection<Employer>> {
    return this.service.list(serviceContext(ctx), first, after, search);
  }

  @Roles(...STAFF)
  @Mutation(() => Employer)
  createEmployer(
    @Context() ctx: GraphQLContext,
    @Args('input') input: CreateEmployerInput,
  ): Promise<Employer> {
    return this.service.create(serviceContext(ctx), input);
  }

  @Roles(...STAFF)
  @Mutation(() => EmployerContact)
  addEmployerContact(
    @Context() ctx: GraphQLContext,
    @Args('input') input: AddEmployerContactInput,
  ): Promise<EmployerContact> {
    return this.service.addContact(serviceContext(ctx), input);
  }
}
