import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OrganizationKind } from '@rebound/domain';

export const OrganizationKindEnum = {
  COACHING_PRACTICE: 'coaching_practice',
  CAREER_SERVICES: 'career_services',
  STAFFING_AGENCY: 'staffing_agency',
} as const satisfies Record<string, OrganizationKind>;

registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

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
