import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { FIELD_LIMITS, PASSWORD_MAX_LENGTH, type OrganizationKind } from '@rebound/domain';
import { OrganizationKindEnum } from '../../tenancy/dto/public-organization.types.js';
import { EmailField, EnumField, RequiredTextField, useAtMost } from '../../../common/dto/field.decorators.js';

const EMAIL_MESSAGE = 'Enter a valid email address.';

@InputType()
export class EmailInput {
  @EmailField(EMAIL_MESSAGE, { max: FIELD_LIMITS.email })
  email!: string;
}

@InputType()
export class SignInInput {
  @EmailField(EMAIL_MESSAGE, { max: FIELD_LIMITS.email })
  email!: string;

  @RequiredTextField('Enter your password.', { max: PASSWORD_MAX_LENGTH })
  password!: string;
}

@InputType()
export class SignUpInput {
  @RequiredTextField('Enter your name.', useAtMost(FIELD_LIMITS.personName))
  name!: string;

  @EmailField(EMAIL_MESSAGE, { max: FIELD_LIMITS.email })
  email!: string;

  /** Checked against the password rules (length, not the email) by the service. */
  @Field()
  @IsString()
  password!: string;

  @RequiredTextField('Name your organization.', useAtMost(FIELD_LIMITS.organizationName))
  organizationName!: string;

  @EnumField(OrganizationKindEnum, 'Choose what kind of organization this is.')
  organizationKind!: OrganizationKind;
}

@InputType()
export class ResetPasswordInput {
  @RequiredTextField('This reset link is incomplete.')
  token!: string;

  @Field()
  @IsString()
  password!: string;
}

@InputType()
export class AcceptInvitationWithSignUpInput {
  @RequiredTextField('This invitation link is incomplete.')
  token!: string;

  @RequiredTextField('Enter your name.', useAtMost(FIELD_LIMITS.personName))
  name!: string;

  @Field()
  @IsString()
  password!: string;
}
