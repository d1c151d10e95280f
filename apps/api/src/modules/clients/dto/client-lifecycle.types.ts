import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import {
  LIFECYCLE_EVENT_KINDS,
  type ClientStatus,
  type LifecycleEventKind,
  FIELD_LIMITS,
  MAX_CLIENTS_PER_CHANGE,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ClientStatusEnum } from './client.types.js';
import { EnumField, IdField, IdListField, TextField } from '../../../common/dto/field.decorators.js';

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
  @IdListField({
    description: 'One client from their page, or several from the caseload.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CLIENTS_PER_CHANGE)
  clientIds!: string[];

  @EnumField(ClientStatusEnum)
  status!: ClientStatus;

  @TextField({ max: FIELD_LIMITS.reason }, { defaultValue: '' })
  reason!: string;
}

@InputType()
export class ReassignClientsInput {
  @IdListField()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CLIENTS_PER_CHANGE)
  clientIds!: string[];

  @IdField({ description: "The new primary coach's membership id." })
  coachId!: string;

  @TextField({ max: FIELD_LIMITS.reason }, { defaultValue: '' })
  reason!: string;
}

@ObjectType()
export class LifecycleChangeResult {
  @Field(() => Int, { description: 'Clients that changed (those already there count as unchanged).' })
  changed!: number;
}
