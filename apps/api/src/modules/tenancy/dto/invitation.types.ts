import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, type InvitationState, type Role } from '@rebound/domain';
import { ConnectionType } from '../../../common/pagination.js';
import { PublicOrganization } from './public-organization.type.js';
import { InvitationStatusEnum, RoleEnum } from './role.enum.js';

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

  cursorAt!: string;
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
  @Field()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  @MaxLength(254)
  email!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES as unknown as string[], { message: 'Choose a role.' })
  role!: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'This invitation link is incomplete.' })
  token!: string;
}
