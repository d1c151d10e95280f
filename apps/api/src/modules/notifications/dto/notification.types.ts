import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
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

  cursorAt!: string;
}

export const NotificationConnection = ConnectionType(Notification, 'Notification');

export const EMAIL_FREQUENCIES = ['immediate', 'daily'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
export const EmailFrequencyEnum = {
  IMMEDIATE: 'immediate',
  DAILY: 'daily',
} as const satisfies Record<string, EmailFrequency>;
registerEnumType(EmailFrequencyEnum, {
  name: 'EmailFrequency',
  description: 'How a person takes notification emails: one per event, or one daily digest.',
});
