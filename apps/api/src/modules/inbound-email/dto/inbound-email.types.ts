import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RejectionEmailSuggestion } from '../../rejections/dto/rejection.types.js';

@ObjectType({
  description:
    'A rejection email the client forwarded to their private address, waiting to be recorded (a draft rejection).',
})
export class ForwardedEmail {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Who forwarded it: always the client’s own address.' })
  fromAddress!: string;

  @Field()
  subject!: string;

  @Field()
  receivedAt!: Date;

  @Field(() => RejectionEmailSuggestion, { description: 'What Rebound read in it, for the guided flow.' })
  suggestion!: RejectionEmailSuggestion;
}
