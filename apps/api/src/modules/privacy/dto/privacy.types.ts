import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionType } from '../../../common/pagination.js';

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

  cursorAt!: string;
}

export const DeletionRequestConnection = ConnectionType(DeletionRequest, 'DeletionRequest');

@InputType()
export class RequestDeletionInput {
  @Field({ nullable: true, description: 'Anything the admin should know.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Use at most 2,000 characters.' })
  note?: string;
}
