import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { MEMBERSHIP_STATUSES, ROLES, type MembershipStatus, type Role } from '@rebound/domain';
import { ConnectionType } from '../../../common/pagination.js';
import { MembershipStatusEnum, RoleEnum } from './role.enum.js';

@ObjectType({ description: 'A person in the organization with their role.' })
export class Member {
  @Field(() => ID, { description: 'The membership id.' })
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => MembershipStatusEnum)
  status!: MembershipStatus;

  @Field({ description: 'When they joined.' })
  joinedAt!: Date;

  cursorAt!: string;
}

export const MemberConnection = ConnectionType(Member, 'Member');

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a member.' })
  memberId!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES as unknown as string[], { message: 'Choose a role.' })
  role!: Role;
}

@InputType()
export class SetMemberStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a member.' })
  memberId!: string;

  @Field(() => MembershipStatusEnum)
  @IsIn(MEMBERSHIP_STATUSES as unknown as string[], { message: 'Choose active or disabled.' })
  status!: MembershipStatus;
}
