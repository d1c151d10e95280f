import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { CLIENT_STATUSES, type ClientStatus, FIELD_LIMITS } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ConnectionType } from '../../../common/pagination.js';
import {
  ClientGeneratedIdField,
  EmailField,
  EnumField,
  EnumListField,
  IdField,
  LabelListField,
  RequiredTextField,
  TextField,
  VersionField,
} from '../../../common/dto/field.decorators.js';
import { VersionedRecord } from '../../../common/dto/versioned.type.js';

export const ClientStatusEnum = registerDomainEnum('ClientStatus', CLIENT_STATUSES);

@ObjectType()
export class ClientCoach {
  @Field(() => ID, { description: "The coach's membership id." })
  memberId!: string;

  @Field()
  name!: string;

  @Field()
  primary!: boolean;

  clientId!: string;
}

@ObjectType({ description: 'A job seeker the organization works with.' })
export class Client extends VersionedRecord {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => ClientStatusEnum)
  status!: ClientStatus;

  @Field({ description: 'When the status last changed.' })
  statusChangedAt!: Date;

  @Field(() => [String])
  targetRoles!: string[];

  @Field(() => [String])
  industries!: string[];

  @Field(() => [String])
  locations!: string[];

  @Field({ description: 'Whether the client has joined with an account of their own.' })
  hasAccount!: boolean;
}

export const ClientConnection = ConnectionType(Client, 'Client');

@InputType()
export class ClientFilter {
  @EnumListField(ClientStatusEnum, { nullable: true })
  statuses?: ClientStatus[];

  @IdField({ nullable: true, description: 'Only clients of this coach (membership id).' })
  coachId?: string;

  @TextField({ max: FIELD_LIMITS.search }, { nullable: true, description: 'Part of the name or email.' })
  search?: string;
}

@InputType()
export class CreateClientInput {
  @ClientGeneratedIdField()
  id?: string;

  @RequiredTextField({ max: FIELD_LIMITS.personName })
  name!: string;

  @EmailField({ nullable: true })
  email?: string;

  @LabelListField()
  targetRoles?: string[];

  @LabelListField()
  industries?: string[];

  @LabelListField()
  locations?: string[];

  @IdField({
    nullable: true,
    description: 'The primary coach (membership id). A coach creating a client defaults to themself.',
  })
  primaryCoachId?: string;
}

@InputType()
export class UpdateClientInput {
  @IdField()
  id!: string;

  @VersionField()
  version!: number;

  @RequiredTextField({ max: FIELD_LIMITS.personName }, { nullable: true })
  name?: string;

  @EmailField({ nullable: true })
  email?: string | null;

  @EnumField(ClientStatusEnum, { nullable: true })
  status?: ClientStatus;

  @LabelListField()
  targetRoles?: string[];

  @LabelListField()
  industries?: string[];

  @LabelListField()
  locations?: string[];
}

@InputType()
export class CoachAssignmentInput {
  @IdField()
  clientId!: string;

  @IdField({ description: "The coach's membership id." })
  coachId!: string;

  @Field({
    defaultValue: false,
    description: 'Make this coach the primary one (the previous primary stays assigned).',
  })
  @IsBoolean()
  primary!: boolean;
}
