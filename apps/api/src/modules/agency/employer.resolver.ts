import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import {
  AddEmployerContactInput,
  CreateEmployerInput,
  Employer,
  EmployerConnection,
  EmployerContact,
} from './dto/employer.types.js';
import { EmployerService } from './employer.service.js';

@Resolver(() => Employer)
export class EmployerResolver {
  constructor(private readonly service: EmployerService) {}

  @Roles(...COACHING_ROLES)
  @Query(() => EmployerConnection, { description: 'The agency’s employers, by name, with their contacts.' })
  employers(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<Connection<Employer>> {
    return this.service.list(ctx, first, after, search);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => Employer)
  createEmployer(
    @Member() ctx: ServiceContext,
    @Args('input') input: CreateEmployerInput,
  ): Promise<Employer> {
    return this.service.create(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => EmployerContact)
  addEmployerContact(
    @Member() ctx: ServiceContext,
    @Args('input') input: AddEmployerContactInput,
  ): Promise<EmployerContact> {
    return this.service.addContact(ctx, input);
  }
}
