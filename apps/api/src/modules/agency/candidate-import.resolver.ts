import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { COACHING_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import { readFromReplica, type ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { CandidateImportService } from './candidate-import.service.js';
import {
  CandidateImport,
  CandidateImportConnection,
  CandidateImportIssueConnection,
  CandidateImportPreview,
  CreateCandidateImportInput,
  SetCandidateImportMappingInput,
  StartCandidateImportInput,
  type CandidateImportIssue,
} from './dto/candidate-import.types.js';

@Resolver(() => CandidateImport)
export class CandidateImportResolver {
  constructor(private readonly imports: CandidateImportService) {}

  @Roles(...COACHING_ROLES)
  @Mutation(() => CandidateImport, {
    description: 'Stores a CSV of candidates and suggests a column mapping.',
  })
  createCandidateImport(
    @Member() ctx: ServiceContext,
    @Args('input') input: CreateCandidateImportInput,
  ): Promise<CandidateImport> {
    return this.imports.create(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => CandidateImport, { description: 'Saves the mapping and starts the dry run.' })
  setCandidateImportMapping(
    @Member() ctx: ServiceContext,
    @Args('input') input: SetCandidateImportMappingInput,
  ): Promise<CandidateImport> {
    return this.imports.setMapping(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Mutation(() => CandidateImport, { description: 'Imports the rows the dry run passed, in the background.' })
  startCandidateImport(
    @Member() ctx: ServiceContext,
    @Args('input') input: StartCandidateImportInput,
  ): Promise<CandidateImport> {
    return this.imports.start(ctx, input);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => CandidateImport)
  candidateImport(
    @Member() ctx: ServiceContext,
    @Args('id', { type: () => ID }, ParseUUIDPipe) id: string,
  ): Promise<CandidateImport> {
    return this.imports.find(ctx, id);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => CandidateImportConnection, { description: 'Imports, newest first.' })
  candidateImports(
    @Member() ctx: ServiceContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<CandidateImport>> {
    return this.imports.list(ctx, first, after);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => CandidateImportIssueConnection, { description: "The dry run's report, by line." })
  candidateImportIssues(
    @Member() ctx: ServiceContext,
    @Args('importId', { type: () => ID }, ParseUUIDPipe) importId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<CandidateImportIssue>> {
    return this.imports.issues(ctx, importId, first, after);
  }

  @Roles(...COACHING_ROLES)
  @Query(() => String, {
    description: "The dry run's problems as CSV (line, field, problem, code), to fix and upload again.",
  })
  candidateImportIssuesCsv(
    @Member() ctx: ServiceContext,
    @Args('importId', { type: () => ID }, ParseUUIDPipe) importId: string,
  ): Promise<string> {
    return readFromReplica(ctx, (replica) => this.imports.issuesCsv(replica, importId));
  }

  @ResolveField(() => [CandidateImportPreview], { description: 'The first data rows of the file.' })
  preview(
    @Parent() candidateImport: CandidateImport,
    @Member() ctx: ServiceContext,
  ): Promise<CandidateImportPreview[]> {
    return this.imports.preview(ctx, candidateImport.id);
  }
}
