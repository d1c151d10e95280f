import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { CLIENT_STATUSES, type ClientStatus } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ClientGeneratedIdField, LabelListField, VersionField } from '../../../common/input-fields.js';
import { ConnectionType } from '../../../common/pagination.js';

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
export class Client {
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

  @Field(() => Int, { description: 'Send it back with edits: a stale version answers CONFLICT.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  cursorAt!: string;
}

export const ClientConnection = ConnectionType(Client, 'Client');

@InputType()
export class ClientFilter {
  @Field(() => [ClientStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(CLIENT_STATUSES as unknown as string[], { each: true, message: 'Choose a known status.' })
  statuses?: ClientStatus[];

  @Field(() => ID, { nullable: true, description: 'Only clients of this coach (membership id).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a coach.' })
  coachId?: string;

  @Field({ nullable: true, description: 'Part of the name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  search?: string;
}

@InputType()
export class CreateClientInput {
  @ClientGeneratedIdField()
  id?: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: "Enter the client's name." })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email?: string;

  @LabelListField()
  targetRoles?: string[];

  @LabelListField()
  industries?: string[];

  @LabelListField()
  locations?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The primary coach (membership id). A coach creating a client defaults to themself.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a coach.' })
  primaryCoachId?: string;
}

@InputType()
export class UpdateClientInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a client.' })
  id!: string;

  @VersionField()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: "Enter the client's name." })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email?: string | null;

  @Field(() => ClientStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CLIENT_STATUSES as unknown as string[], { message: 'Choose a known status.' })
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
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a client.' })
  clientId!: string;

  @Field(() => ID, { description: "The coach's membership id." })
  @IsUUID('all', { message: 'Choose a coach.' })
  coachId!: string;

  @Field({
    defaultValue: false,
    description: 'Make this coach the primary one (the previous primary stays assigned).',
  })
  @IsBoolean()
  primary!: boolean;
}
