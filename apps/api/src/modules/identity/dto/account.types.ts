import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { FIELD_LIMITS, PASSWORD_MAX_LENGTH, type OrganizationKind } from '@rebound/domain';
import { OrganizationKindEnum } from '../../tenancy/dto/public-organization.types.js';
import { EmailField, EnumField, RequiredTextField } from '../../../common/dto/field.decorators.js';

@InputType()
export class EmailInput {
  @EmailField({ max: FIELD_LIMITS.email })
  email!: string;
}

@InputType()
export class SignInInput {
  @EmailField({ max: FIELD_LIMITS.email })
  email!: string;

  @RequiredTextField({ max: PASSWORD_MAX_LENGTH })
  password!: string;
}

@InputType()
export class SignUpInput {
  @RequiredTextField({ max: FIELD_LIMITS.personName })
  name!: string;

  @EmailField({ max: FIELD_LIMITS.email })
  email!: string;

  /** Checked against the password rules (length, not the email) by the service. */
  @Field()
  @IsString()
  password!: string;

  @RequiredTextField({ max: FIELD_LIMITS.organizationName })
  organizationName!: string;

  @EnumField(OrganizationKindEnum)
  organizationKind!: OrganizationKind;
}

@InputType()
export class ResetPasswordInput {
  @RequiredTextField()
  token!: string;

  @Field()
  @IsString()
  password!: string;
}

@InputType()
export class AcceptInvitationWithSignUpInput {
  @RequiredTextField()
  token!: string;

  @RequiredTextField({ max: FIELD_LIMITS.personName })
  name!: string;

  @Field()
  @IsString()
  password!: string;
}
