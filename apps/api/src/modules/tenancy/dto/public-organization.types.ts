import { Field, ObjectType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';

export const OrganizationKindEnum = registerDomainEnum('OrganizationKind', ORGANIZATION_KINDS);

/** What anyone may know about an organization from its URL: enough for a sign-in or invitation page. */
@ObjectType()
export class PublicOrganization {
  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;
}
