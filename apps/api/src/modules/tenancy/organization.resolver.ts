import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access.decorators.js';
import { PublicOrganization } from './dto/public-organization.types.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => PublicOrganization)
export class OrganizationResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @Public()
  @Query(() => PublicOrganization, {
    description:
      'The public profile of an organization. Fails with NOT_FOUND when no organization has this slug.',
  })
  organization(@Args('slug') slug: string): Promise<PublicOrganization> {
    return this.organizations.findBySlug(slug);
  }
}
