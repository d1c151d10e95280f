import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganizationKind, Role } from '@rebound/domain';
import { OrganizationKindEnum } from '../../tenancy/dto/public-organization.types.js';
import { RoleEnum } from '../../tenancy/dto/role.types.js';

@ObjectType({ description: 'A user as Auth.js sees it (service operations only).' })
export class AuthUser {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Date, { nullable: true })
  emailVerified!: Date | null;
}

@ObjectType({ description: 'A server-side session: its id goes into the session cookie as `sid`.' })
export class AuthSession {
  @Field(() => ID)
  sessionId!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => AuthUser)
  user!: AuthUser;
}

@ObjectType()
export class VerificationToken {
  @Field()
  identifier!: string;

  @Field()
  expires!: Date;
}

@ObjectType({ description: 'An organization the viewer belongs to, with their role there.' })
export class ViewerOrganization {
  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;

  @Field(() => RoleEnum)
  role!: Role;
}
