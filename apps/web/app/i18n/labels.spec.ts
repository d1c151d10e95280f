import { describe, expect, it } from '@jest/globals';
import * as domain from '@rebound/domain';
import { constantCases } from '@rebound/domain';
import * as enums from '~/graphql/enums';
import { en } from './messages.en';

/**
 * The catalogue is the one place that names the values of the domain's lists. Each group of labels names
 * exactly the values of its list, and no two values of a list read the same.
 */
const groups: Array<[string, Readonly<Record<string, string>>, readonly string[]]> = [
  ['labels.clientStatus', en.labels.clientStatus, enums.CLIENT_STATUSES],
  ['labels.rejectionStage', en.labels.rejectionStage, enums.REJECTION_STAGES],
  ['labels.applicationStage', en.labels.applicationStage, enums.APPLICATION_STAGES],
  ['labels.reason', en.labels.reason, enums.REJECTION_REASONS],
  ['labels.endedBy', en.labels.endedBy, enums.ENDED_BY],
  ['labels.feedbackSource', en.labels.feedbackSource, constantCases(domain.FEEDBACK_SOURCES)],
  ['labels.feedbackStatus', en.labels.feedbackStatus, constantCases(domain.FEEDBACK_REQUEST_STATUSES)],
  ['labels.assignmentStatus', en.labels.assignmentStatus, constantCases(domain.ASSIGNMENT_STATUSES)],
  ['labels.funnelStep', en.labels.funnelStep, constantCases(domain.FUNNEL_STEPS)],
  ['labels.severity', en.labels.severity, constantCases(domain.INSIGHT_SEVERITIES)],
  ['labels.promptType', en.labels.promptType, enums.PROMPT_TYPES],
  ['labels.planCategory', en.labels.planCategory, enums.PLAN_CATEGORIES],
  ['labels.planStatus', en.labels.planStatus, enums.PLAN_STATUSES],
  ['labels.planSide', en.labels.planSide, enums.PLAN_SIDES],
  ['common.roles', en.common.roles, enums.ROLES],
  ['common.memberStatus', en.common.memberStatus, enums.MEMBERSHIP_STATUSES],
  ['organization.kind', en.organization.kind, enums.ORGANIZATION_KINDS],
  ['billing.plans.names', en.billing.plans.names, enums.BILLING_PLANS],
  ['auditLog.actions', en.auditLog.actions, enums.AUDIT_ACTIONS],
  ['me.sources', en.me.sources, enums.APPLICATION_SOURCES],
  ['me.reasons', en.me.reasons, enums.REJECTION_REASONS],
  ['me.endedBy', en.me.endedBy, enums.ENDED_BY],
  ['me.recipients', en.me.recipients, enums.FEEDBACK_RECIPIENTS],
  ['me.feedbackStatus', en.me.feedbackStatus, constantCases(domain.FEEDBACK_REQUEST_STATUSES)],
  ['me.exerciseStatus', en.me.exerciseStatus, constantCases(domain.ASSIGNMENT_STATUSES)],
  ['me.planSide', en.me.planSide, enums.PLAN_SIDES],
  ['agency.pipeline.stages', en.agency.pipeline.stages, enums.SUBMISSION_STAGES],
  ['agency.pipeline.reasons', en.agency.pipeline.reasons, enums.REJECTION_REASONS],
];

describe('labels of value lists', () => {
  it.each(groups)('%s names every value of its list, and only those', (_path, labels, values) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it.each(groups)('%s gives each value its own words', (_path, labels) => {
    const texts = Object.values(labels);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
