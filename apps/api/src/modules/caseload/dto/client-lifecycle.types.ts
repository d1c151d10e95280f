import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  CLIENT_STATUSES,
  LIFECYCLE_EVENT_KINDS,
  type ClientStatus,
  type LifecycleEventKind,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ClientStatusEnum } from './client.types.js';

export const LifecycleEventKindEnum = registerDomainEnum('ClientLifecycleEventKind', LIFECYCLE_EVENT_KINDS);

@ObjectType({ description: "One change in a client's lifecycle: their status, or their primary coach." })
export class ClientLifecycleEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => LifecycleEventKindEnum)
  kind!: LifecycleEventKind;

  @Field(() => ClientStatusEnum, { nullable: true })
  fromStatus!: ClientStatus | null;

  @Field(() => ClientStatusEnum, { nullable: true })
  toStatus!: ClientStatus | null;

  @Field(() => String, { nullable: true, description: 'The previous primary coach.' })
  fromCoachName!: string | null;

  @Field(() => String, { nullable: true, description: 'The new primary coach.' })
  toCoachName!: string | null;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  changedByName!: string | null;

  @Field()
  changedAt!: Date;
}

@InputType()
export class ChangeClientStatusInput {
  @Field(() => [ID], { description: 'One client from their page, or several from the caseload.' })
  @IsUUID('all', { each: true, message: 'Choose clients.' })
  @ArrayMinSize(1, { message: 'Choose at least one client.' })
  @ArrayMaxSize(200, { message: 'Change at most 200 clients at once.' })
  clientIds!: string[];

  @Field(() => ClientStatusEnum)
  @IsIn(CLIENT_STATUSES as unknown as string[], { message: 'Choose a known status.' })
  status!: ClientStatus;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500, { message: 'Keep the reason under 500 characters.' })
  reason!: string;
}

@InputType()
export class ReassignClientsInput {
  @Field(() => [ID])
  @IsUUID('all', { each: true, message: 'Choose clients.' })
  @ArrayMinSize(1, { message: 'Choose at least one client.' })
  @ArrayMaxSize(200, { message: 'Move at most 200 clients at once.' })
  clientIds!: string[];

  @Field(() => ID, { description: "The new primary coach's membership id." })
  @IsUUID('all', { message: 'Choose a coach.' })
  coachId!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(500, { message: 'Keep the reason under 500 characters.' })
  reason!: string;
}

@ObjectType()
export class LifecycleChangeResult {
  @Field(() => Int, { description: 'Clients that changed (those already there count as unchanged).' })
  changed!: number;
}
