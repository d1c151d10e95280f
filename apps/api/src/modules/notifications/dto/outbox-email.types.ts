import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An email as kept in the outbox (development mail page).' })
export class OutboxEmail {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;
}
