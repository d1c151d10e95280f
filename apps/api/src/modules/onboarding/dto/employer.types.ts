import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ClientGeneratedIdField } from '../../../common/input-fields.js';
import { ConnectionType } from '../../../common/pagination.js';

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
  cursorAt!: string;
}

export const EmployerConnection = ConnectionType(Employer, 'Employer');

@InputType()
export class CreateEmployerInput {
  @ClientGeneratedIdField() id?: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the employer’s name.' })
  @MaxLength(160)
  name!: string;
}

@InputType()
export class AddEmployerContactInput {
  @ClientGeneratedIdField() id?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose an employer.' })
  employerId!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the contact’s name.' })
  @MaxLength(160)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter an email address like name@example.com.' })
  @MaxLength(320)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(160)
  title?: string;
}
