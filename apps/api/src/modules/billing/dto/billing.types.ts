import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ACCESS_LEVELS,
  BILLING_PLANS,
  ENTITLEMENT_REASONS,
  SEAT_BASES,
  SUBSCRIPTION_STATUSES,
  type Access,
  type BillingPlan,
  type EntitlementReason,
  type SeatBasis,
  type SubscriptionStatus,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { EnumField } from '../../../common/dto/field.decorators.js';

export const BillingPlanEnum = registerDomainEnum('BillingPlan', BILLING_PLANS);

export const SeatBasisEnum = registerDomainEnum('SeatBasis', SEAT_BASES);

export const SubscriptionStatusEnum = registerDomainEnum('SubscriptionStatus', SUBSCRIPTION_STATUSES);

export const AccessEnum = registerDomainEnum('Access', ACCESS_LEVELS);

export const EntitlementReasonEnum = registerDomainEnum('EntitlementReason', ENTITLEMENT_REASONS);

@ObjectType({ description: 'What the organization may do now, from its subscription.' })
export class EntitlementType {
  @Field(() => AccessEnum, { description: 'FULL, GRACE (full use, payment failed) or READ_ONLY.' })
  access!: Access;

  @Field(() => EntitlementReasonEnum)
  reason!: EntitlementReason;

  @Field(() => Date, { nullable: true, description: 'End of the trial, before any subscription.' })
  trialEndsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a past-due subscription turns read-only.' })
  graceEndsAt!: Date | null;
}

@ObjectType()
export class SeatUsageType {
  @Field(() => Int, { description: 'Active owners, admins and coaches: everyone who can hold a caseload.' })
  coaches!: number;

  @Field(() => Int)
  activeClients!: number;
}

@ObjectType({ description: 'A plan the owner can choose, with the quantity it would bill today.' })
export class PlanOffer {
  @Field(() => BillingPlanEnum)
  plan!: BillingPlan;

  @Field(() => SeatBasisEnum)
  seatBasis!: SeatBasis;

  @Field(() => Int, { nullable: true })
  maxCoaches!: number | null;

  @Field(() => Int, { nullable: true })
  maxActiveClients!: number | null;

  @Field(() => Int)
  quantity!: number;

  @Field({ description: 'Whether the organization fits the plan’s limits today.' })
  fits!: boolean;
}

@ObjectType()
export class SubscriptionType {
  @Field(() => BillingPlanEnum, { nullable: true })
  plan!: BillingPlan | null;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;

  @Field(() => Int, { nullable: true })
  quantity!: number | null;

  @Field(() => Date, { nullable: true })
  trialEndsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  currentPeriodEndsAt!: Date | null;

  @Field()
  cancelAtPeriodEnd!: boolean;
}

@ObjectType({ description: 'The owner’s view of the organization’s billing.' })
export class BillingOverview {
  @Field({ description: 'False when the server runs without Stripe keys: every organization is in trial.' })
  configured!: boolean;

  @Field(() => EntitlementType)
  entitlement!: EntitlementType;

  @Field(() => SubscriptionType, { nullable: true, description: 'The latest subscription, live or ended.' })
  subscription!: SubscriptionType | null;

  @Field({ description: 'Whether checkout can start: configured, and no live subscription.' })
  canSubscribe!: boolean;

  @Field({ description: 'Whether the Stripe customer portal can open (a customer exists).' })
  canManage!: boolean;

  @Field(() => SeatUsageType)
  usage!: SeatUsageType;

  @Field(() => [PlanOffer])
  plans!: PlanOffer[];
}

@ObjectType({ description: 'A Stripe page to send the browser to.' })
export class BillingRedirect {
  @Field()
  url!: string;
}

@InputType()
export class StartCheckoutInput {
  @EnumField(BillingPlanEnum)
  plan!: BillingPlan;
}
