import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EMAIL_FREQUENCIES } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ConnectionType } from '../../../common/pagination.js';

@ObjectType()
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'exercise_due, exercise_overdue, feedback_follow_up, stay_in_touch, …' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where to go, relative to the organization (`/me/exercises/…`).',
  })
  link!: string | null;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field()
  createdAt!: Date;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification');

export type { EmailFrequency } from '@rebound/domain';
export const EmailFrequencyEnum = registerDomainEnum('EmailFrequency', EMAIL_FREQUENCIES, {
  description: 'How a person takes notification emails: one per event, or one daily digest.',
});
