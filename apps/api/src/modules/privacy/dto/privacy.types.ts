import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../common/pagination.js';
import { FIELD_LIMITS } from '@rebound/domain';
import { TextField } from '../../../common/dto/field.decorators.js';

@ObjectType({ description: "A client's request to erase their data; an owner or admin confirms it." })
export class DeletionRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clientId!: string;

  @Field({ description: 'The client’s name, for the admin who confirms.' })
  clientName!: string;

  @Field()
  note!: string;

  @Field()
  createdAt!: Date;
}

export const DeletionRequestConnection = ConnectionType(DeletionRequest, 'DeletionRequest');

@InputType()
export class RequestDeletionInput {
  @TextField(
    { max: FIELD_LIMITS.deletionNote },
    {
      nullable: true,
      description: 'Anything the admin should know.',
    },
  )
  note?: string;
}
