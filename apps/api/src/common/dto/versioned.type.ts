import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A record edited with optimistic concurrency: edits send back the version they read. */
@ObjectType({ isAbstract: true })
export abstract class Versioned {
  @Field(() => Int, { description: 'Send it back with an edit: a stale version answers CONFLICT.' })
  version!: number;
}

/** A versioned record that tells when it was made and last changed. */
@ObjectType({ isAbstract: true })
export abstract class VersionedRecord extends Versioned {
  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
