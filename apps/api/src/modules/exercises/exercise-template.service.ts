import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  isBuiltInTemplateKey,
  validateTemplate,
  type ExerciseTemplateContent,
} from '@rebound/domain';
import { isStaff } from '../../common/client-visibility.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import type {
  CreateExerciseTemplateInput,
  ExerciseTemplate,
  UpdateExerciseTemplateInput,
} from './dto/exercise.types.js';

export const BUILT_IN_PREFIX = 'builtin:';

type TemplateRow = Pick<
  ExerciseTemplate,
  'id' | 'version' | 'templateVersion' | 'clonedFrom' | 'cursorAt'
> & {
  content: ExerciseTemplateContent;
};

const TEMPLATE_COLUMNS = `t.id, t.version, t.current_version AS "templateVersion", t.cloned_from AS "clonedFrom", v.content`;
const TEMPLATE_FROM = `exercise_templates t JOIN exercise_template_versions v
  ON v.organization_id = t.organization_id AND v.template_id = t.id AND v.version_number = t.current_version`;

function contentFrom(
  input: CreateExerciseTemplateInput | UpdateExerciseTemplateInput,
): ExerciseTemplateContent {
  const content = {
    title: input.title,
    purpose: input.purpose,
    estimatedMinutes: input.estimatedMinutes,
    prompts: input.prompts.map((prompt) =>
      Object.fromEntries(Object.entries(prompt).filter(([, value]) => value !== undefined && value !== null)),
    ),
  } as ExerciseTemplateContent;
  const problems = validateTemplate(content);
  if (problems.length)
    throw new BadUserInputError(problems.map((problem) => ({ ...problem, path: `input.${problem.path}` })));
  return content;
}

/** The exercises a coach can assign: the built-in ones and the organization's own, versioned. */
@Injectable()
export class ExerciseTemplateService {
  builtInTemplates(): ExerciseTemplate[] {
    return BUILT_IN_TEMPLATES.map((template) => this.presentBuiltIn(template.key));
  }

  async listTemplates(
    ctx: ServiceContext,
    first: number,
    after?: string | null,
  ): Promise<Connection<ExerciseTemplate>> {
    return keysetPage<TemplateRow, ExerciseTemplate>(
      ctx.db,
      {
        columns: TEMPLATE_COLUMNS,
        from: `${TEMPLATE_FROM} WHERE t.organization_id = $1 AND t.archived_at IS NULL`,
        params: [ctx.orgId],
        order: newestFirst('t'),
        first,
        after,
      },
      (row) => this.presentCustom(row),
    );
  }

  async findTemplate(ctx: ServiceContext, id: string): Promise<ExerciseTemplate> {
    if (id.startsWith(BUILT_IN_PREFIX)) {
      const key = id.slice(BUILT_IN_PREFIX.length);
      if (!isBuiltInTemplateKey(key)) throw new NotFoundError('Exercise template');
      return this.presentBuiltIn(key);
    }
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('Exercise template');
    const manager = await ctx.db.manager();
    const rows: TemplateRow[] = await manager.query(
      `SELECT ${TEMPLATE_COLUMNS} FROM ${TEMPLATE_FROM} WHERE t.organization_id = $1 AND t.id = $2`,
      [ctx.orgId, id],
    );
    if (!rows.length) throw new NotFoundError('Exercise template');
    return this.presentCustom(rows[0]);
  }

  async createTemplate(
    ctx: ServiceContext,
    input: CreateExerciseTemplateInput,
    clonedFrom: string | null = null,
  ): Promise<ExerciseTemplate> {
    if (!isStaff(ctx)) throw new ForbiddenError();
    const content = contentFrom(input);
    const id = input.id ?? randomUUID();
    const manager = await ctx.db.manager();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO exercise_templates (organization_id, id, title, cloned_from, created_by_user_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
      [ctx.orgId, id, content.title, clonedFrom, ctx.userId],
    );
    if (inserted.length) {
      await manager.query(
        `INSERT INTO exercise_template_versions (organization_id, template_id, version_number, content, created_by_user_id)
         VALUES ($1, $2, 1, $3, $4)`,
        [ctx.orgId, id, JSON.stringify(content), ctx.userId],
      );
    }
    return this.findTemplate(ctx, id);
  }

  /** Each edit is a new version; assignments already made keep the one they were made from. */
  async updateTemplate(ctx: ServiceContext, input: UpdateExerciseTemplateInput): Promise<ExerciseTemplate> {
    if (!isStaff(ctx)) throw new ForbiddenError();
    const content = contentFrom(input);
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE exercise_templates SET title = $4, current_version = current_version + 1, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 AND archived_at IS NULL`,
      [ctx.orgId, input.id, input.version, content.title],
      { table: 'exercise_templates', orgId: ctx.orgId, id: input.id, what: 'Exercise template' },
    );
    await manager.query(
      `INSERT INTO exercise_template_versions (organization_id, template_id, version_number, content, created_by_user_id)
       SELECT organization_id, id, current_version, $3, $4 FROM exercise_templates WHERE organization_id = $1 AND id = $2`,
      [ctx.orgId, input.id, JSON.stringify(content), ctx.userId],
    );
    return this.findTemplate(ctx, input.id);
  }

  async cloneTemplate(ctx: ServiceContext, sourceId: string): Promise<ExerciseTemplate> {
    const source = await this.findTemplate(ctx, sourceId);
    const { title, purpose, estimatedMinutes, prompts } = source;
    return this.createTemplate(ctx, { title, purpose, estimatedMinutes, prompts }, source.id);
  }

  async archiveTemplate(ctx: ServiceContext, id: string): Promise<ExerciseTemplate> {
    if (!isStaff(ctx)) throw new ForbiddenError();
    const template = await this.findTemplate(ctx, id);
    if (template.builtIn)
      throw new ConflictError('BUILT_IN_TEMPLATE', 'Built-in templates cannot be archived.', 'id');
    const manager = await ctx.db.manager();
    await manager.query(
      'UPDATE exercise_templates SET archived_at = coalesce(archived_at, now()) WHERE organization_id = $1 AND id = $2',
      [ctx.orgId, id],
    );
    return template;
  }

  private presentBuiltIn(key: Parameters<typeof builtInTemplate>[0]): ExerciseTemplate {
    const template = builtInTemplate(key);
    return {
      id: `${BUILT_IN_PREFIX}${template.key}`,
      builtIn: true,
      title: template.title,
      purpose: template.purpose,
      estimatedMinutes: template.estimatedMinutes,
      prompts: template.prompts as ExerciseTemplate['prompts'],
      templateVersion: 1,
      version: 1,
      clonedFrom: null,
      cursorAt: '',
    };
  }

  private presentCustom(row: TemplateRow): ExerciseTemplate {
    const { content, ...rest } = row;
    return { ...rest, builtIn: false, ...content } as ExerciseTemplate;
  }
}
