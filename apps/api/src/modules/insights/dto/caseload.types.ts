import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CASELOAD_SORTS } from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ConnectionType } from '../../../common/pagination.js';
import { Client } from '../../clients/dto/client.types.js';
import { Rejection } from '../../rejections/dto/rejection.types.js';
import { TriageReason } from './insight.types.js';

export const CaseloadSortEnum = registerDomainEnum('CaseloadSort', CASELOAD_SORTS, {
  description: 'ATTENTION: highest triage score first, then by name.',
});
export type { CaseloadSort } from '@rebound/domain';

@ObjectType({ description: 'Open work around a client, counted in SQL.' })
export class CaseloadCounts {
  @Field(() => Int)
  applications!: number;

  @Field(() => Int, { description: 'Applications not closed yet.' })
  openApplications!: number;

  @Field(() => Int)
  rejections!: number;

  @Field(() => Int, { description: 'Exercises assigned or in progress whose due date has passed.' })
  overdueExercises!: number;

  @Field(() => Int, { description: 'Exercises submitted and waiting for the coach.' })
  submissionsToReview!: number;

  @Field(() => Int, { description: 'Plan items to do or in progress.' })
  openPlanItems!: number;

  @Field(() => Int, { description: 'Feedback requests sent and not answered yet.' })
  pendingFeedbackRequests!: number;
}

@ObjectType({ description: 'One client in a caseload, with how much they need the coach now.' })
export class CaseloadEntry {
  @Field(() => ID, { description: "The client's id." })
  id!: string;

  @Field(() => Client)
  client!: Client;

  @Field(() => Int, { description: 'The triage score: the sum of the points of `attentionReasons`.' })
  attentionScore!: number;

  @Field(() => [TriageReason], { description: 'What makes up the score, most points first.' })
  attentionReasons!: TriageReason[];

  @Field(() => Int, { description: 'Insights found in the client’s history.' })
  insightCount!: number;

  @Field(() => CaseloadCounts)
  counts!: CaseloadCounts;

  @Field(() => Rejection, { nullable: true, description: 'The most recent rejection, if any.' })
  lastRejection!: Rejection | null;
}

export const CaseloadConnection = ConnectionType(CaseloadEntry, 'Caseload');
