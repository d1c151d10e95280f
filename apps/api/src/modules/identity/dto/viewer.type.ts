import { Field, ID, ObjectType } from '@nestjs/graphql';

/** The signed-in person. */
@ObjectType()
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;
}
