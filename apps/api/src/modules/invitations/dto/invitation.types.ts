import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { FIELD_LIMITS, type InvitationState, type Role } from '@rebound/domain';
import { ConnectionType } from '../../../common/pagination.js';
import { PublicOrganization } from '../../tenancy/dto/public-organization.types.js';
import { InvitationStatusEnum, RoleEnum } from '../../tenancy/dto/role.types.js';
import { EmailField, EnumField, RequiredTextField } from '../../../common/dto/field.decorators.js';

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => InvitationStatusEnum)
  status!: InvitationState;

  @Field()
  invitedByName!: string;

  @Field()
  expiresAt!: Date;

  @Field()
  lastSentAt!: Date;
}

export const InvitationConnection = ConnectionType(Invitation, 'Invitation');

@ObjectType({ description: 'What the invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field(() => PublicOrganization)
  organization!: PublicOrganization;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => InvitationStatusEnum)
  status!: InvitationState;

  @Field()
  expiresAt!: Date;

  @Field({ description: 'Whether the invited email already has a Rebound account (sign in vs sign up).' })
  accountExists!: boolean;
}

@InputType()
export class InviteMemberInput {
  @EmailField({ max: FIELD_LIMITS.email })
  email!: string;

  @EnumField(RoleEnum)
  role!: Role;
}

@InputType()
export class AcceptInvitationInput {
  @RequiredTextField()
  token!: string;
}
