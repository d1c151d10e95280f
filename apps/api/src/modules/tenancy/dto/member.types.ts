import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { type MembershipStatus, type Role } from '@rebound/domain';
import { ConnectionType } from '../../../common/pagination.js';
import { MembershipStatusEnum, RoleEnum } from './role.types.js';
import { EnumField, IdField } from '../../../common/dto/field.decorators.js';

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
}

export const MemberConnection = ConnectionType(Member, 'Member');

@InputType()
export class ChangeMemberRoleInput {
  @IdField()
  memberId!: string;

  @EnumField(RoleEnum)
  role!: Role;
}

@InputType()
export class SetMemberStatusInput {
  @IdField()
  memberId!: string;

  @EnumField(MembershipStatusEnum)
  status!: MembershipStatus;
}
