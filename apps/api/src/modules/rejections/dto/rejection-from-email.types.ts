import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import {
  FIELD_LIMITS,
  REJECTION_NEXT_STEP_KINDS,
  type ApplicationSource,
  type BuiltInTemplateKey,
  type PlanItemCategory,
  type RejectionNextStepKind,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { IsDateOnly } from '../../../common/date-only.js';
import { Application, ApplicationSourceEnum } from '../../applications/dto/application.types.js';
import { RejectionFields } from './rejection.types.js';
import {
  ClientGeneratedIdField,
  EnumField,
  IdField,
  RequiredTextField,
  TextField,
} from '../../../common/dto/field.decorators.js';

@InputType({ description: 'The application to create for a rejection that has none yet.' })
export class NewApplicationForRejectionInput {
  @ClientGeneratedIdField()
  id?: string;

  @IdField()
  clientId!: string;

  @RequiredTextField({ max: FIELD_LIMITS.companyName })
  company!: string;

  @RequiredTextField({ max: FIELD_LIMITS.roleTitle })
  roleTitle!: string;

  @EnumField(ApplicationSourceEnum)
  source!: ApplicationSource;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsDateOnly()
  appliedOn!: string;
}

@InputType({
  description:
    'A rejection read from an email: for an open application (applicationId + applicationVersion) or for a new one (newApplication), never both.',
})
export class RecordRejectionFromEmailInput extends RejectionFields {
  @ClientGeneratedIdField()
  id?: string;

  @IdField({ nullable: true })
  applicationId?: string;

  @Field(() => Int, { nullable: true, description: 'With applicationId: the version you last read.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  applicationVersion?: number;

  @Field(() => NewApplicationForRejectionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewApplicationForRejectionInput)
  newApplication?: NewApplicationForRejectionInput;

  @Field({ description: 'YYYY-MM-DD; not in the future and not before the application.' })
  @IsDateOnly()
  rejectedOn!: string;

  @TextField(
    { max: FIELD_LIMITS.savedEmail },
    {
      nullable: true,
      description: 'The email, only when the client chooses to keep it.',
    },
  )
  emailText?: string;
}

export const RejectionNextStepKindEnum = registerDomainEnum(
  'RejectionNextStepKind',
  REJECTION_NEXT_STEP_KINDS,
);

@ObjectType({ description: 'The concrete thing to do next after a rejection, from its reason and stage.' })
export class RejectionNextStep {
  @Field(() => RejectionNextStepKindEnum)
  kind!: RejectionNextStepKind;

  @Field(() => String, { description: 'The built-in exercise it starts.' })
  exercise!: BuiltInTemplateKey;

  @Field(() => String, { nullable: true })
  skill!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan item it adds, if any.' })
  planItemTitle!: string | null;

  planItemCategory!: PlanItemCategory | null;

  @Field(() => String, { description: 'YYYY-MM-DD: when the exercise and the plan item are due.' })
  dueOn!: string;

  @Field(() => ID, { nullable: true, description: 'The exercise started when the step was accepted.' })
  exerciseAssignmentId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan item added when the step was accepted.' })
  planItemId!: string | null;
}

@InputType()
export class AcceptRejectionNextStepInput {
  @IdField()
  rejectionId!: string;

  @EnumField(RejectionNextStepKindEnum, {
    description: 'The step the client saw; CONFLICT if the rejection now calls for another.',
  })
  kind!: RejectionNextStepKind;
}

@ObjectType()
export class ApplicationMatch {
  @Field(() => Application)
  application!: Application;

  @Field({ description: 'Same company and a similar role: the one to propose first.' })
  similarRole!: boolean;
}
