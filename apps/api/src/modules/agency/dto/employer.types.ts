import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination.js';
import { FIELD_LIMITS } from '@rebound/domain';
import {
  ClientGeneratedIdField,
  EmailField,
  IdField,
  RequiredTextField,
  TextField,
} from '../../../common/dto/field.decorators.js';

@ObjectType({ description: 'Someone at an employer the agency deals with.' })
export class EmployerContact {
  @Field(() => ID) id!: string;
  @Field(() => ID) employerId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
}

@ObjectType({ description: 'An employer the agency submits candidates to: one of its own records.' })
export class Employer {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [EmployerContact], { description: 'By name.' }) contacts!: EmployerContact[];
  @Field(() => Int, { description: 'Submissions to this employer, of every candidate.' })
  submissions!: number;
}

export const EmployerConnection = ConnectionType(Employer, 'Employer');

@InputType()
export class CreateEmployerInput {
  @ClientGeneratedIdField() id?: string;

  @RequiredTextField({ max: FIELD_LIMITS.companyName })
  name!: string;
}

@InputType()
export class AddEmployerContactInput {
  @ClientGeneratedIdField() id?: string;

  @IdField()
  employerId!: string;

  @RequiredTextField({ max: FIELD_LIMITS.employerContactName })
  name!: string;

  @EmailField({ nullable: true, max: 320 })
  email?: string;

  @TextField({ max: FIELD_LIMITS.roleTitle }, { nullable: true })
  title?: string;
}
