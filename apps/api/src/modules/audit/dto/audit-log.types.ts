import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ConnectionType } from '../../../common/pagination.js';
import { AUDIT_ACTIONS, AUDIT_ACTOR_KINDS, type AuditAction, type AuditActorKind } from '../audit-actions.js';
import { EnumField, IdField } from '../../../common/dto/field.decorators.js';

registerDomainEnum('AuditAction', AUDIT_ACTIONS);
registerDomainEnum('AuditActorKind', AUDIT_ACTOR_KINDS);

@ObjectType({ description: 'One thing someone did in the organization, as it was recorded at the time.' })
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => AUDIT_ACTOR_KINDS)
  actorKind!: AuditActorKind;

  @Field(() => ID, { nullable: true, description: 'The user who acted; null for the system and Stripe.' })
  actorUserId!: string | null;

  @Field({ description: "The actor's display name when they acted." })
  actorName!: string;

  @Field(() => AUDIT_ACTIONS)
  action!: AuditAction;

  @Field({ description: 'What kind of record was acted on: member, invitation, client, export…' })
  targetType!: string;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field({ description: 'The record as it was named when it was acted on.' })
  targetLabel!: string;

  @Field({ description: 'Details of the action as a JSON object (e.g. the role before and after).' })
  metadata!: string;

  @Field(() => String, { nullable: true })
  clientAddress!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;
}

export const AuditLogEntryConnection = ConnectionType(AuditLogEntry, 'AuditLogEntry');

@InputType()
export class AuditLogFilterInput {
  @EnumField(AUDIT_ACTIONS, { nullable: true })
  action?: AuditAction;

  @IdField({ nullable: true, description: 'The user id of the actor.' })
  actorId?: string;

  @Field({ nullable: true, description: 'Entries at or after this instant.' })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: 'Entries before this instant.' })
  @IsOptional()
  to?: Date;
}
