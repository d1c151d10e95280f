import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ORGANIZATION_KINDS, PASSWORD_MAX_LENGTH, type OrganizationKind } from '@rebound/domain';
import { OrganizationKindEnum } from '../../tenancy/dto/public-organization.type.js';

const EMAIL_MESSAGE = 'Enter a valid email address.';

@InputType()
export class EmailInput {
  @Field()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email!: string;
}

@InputType()
export class SignInInput {
  @Field()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType()
export class SignUpInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your name.' })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  name!: string;

  @Field()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email!: string;

  /** Checked against the password rules (length, not the email) by the service. */
  @Field()
  @IsString()
  password!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Name your organization.' })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  organizationName!: string;

  @Field(() => OrganizationKindEnum)
  @IsIn(ORGANIZATION_KINDS as unknown as string[], { message: 'Choose what kind of organization this is.' })
  organizationKind!: OrganizationKind;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'This reset link is incomplete.' })
  token!: string;

  @Field()
  @IsString()
  password!: string;
}

@InputType()
export class AcceptInvitationWithSignUpInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'This invitation link is incomplete.' })
  token!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your name.' })
  @MaxLength(120, { message: 'Use at most 120 characters.' })
  name!: string;

  @Field()
  @IsString()
  password!: string;
}
