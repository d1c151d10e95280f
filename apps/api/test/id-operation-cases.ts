/** The ids of another tenant (or another caseload) that each case points at. */
export interface Ids {
  memberOfA: string;
  coachOfA: string;
  invitationOfA: string;
  userOfA: string;
  clientOfA: string;
  applicationOfA: string;
  rejectionOfA: string;
  feedbackRequestOfA: string;
  templateOfA: string;
  assignmentOfA: string;
  planItemOfA: string;
  notificationOfA: string;
  importOfA: string;
  deletionRequestOfA: string;
  employerOfA: string;
  submissionOfA: string;
  forwardedEmailOfA: string;
}

export interface Case {
  query: string;
  variables: Record<string, unknown>;
  /**
   * `empty`: a list filtered by another tenant's id finds nothing rather than failing.
   * `isolated`: a create with a caller-chosen id makes a record of the caller's own tenant (ids are
   * per tenant); what matters is that nothing of the other tenant changes.
   */
  expect?: 'empty' | 'isolated';
}

const mutation = (name: string, inputType: string, input: Record<string, unknown>): Case => ({
  query: `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`,
  variables: { input },
});
const byId = (
  operation: 'query' | 'mutation',
  name: string,
  id: string,
  selection = '{ __typename }',
): Case => ({
  query: `${operation}($id: ID!) { ${name}(id: $id) ${selection} }`,
  variables: { id },
});
const emptyList = (name: string, filter: Record<string, unknown>, filterType: string): Case => ({
  query: `query($filter: ${filterType}) { ${name}(first: 5, filter: $filter) { totalCount } }`,
  variables: { filter },
  expect: 'empty',
});

/**
 * One call per operation that takes an id. The suite derives the operations from the schema, so a new
 * one without a case here fails the first test.
 */
/**
 * Creates with a caller-chosen id run after every other case: the record they make in the caller's own
 * tenant shares the other tenant's id, and the cases after it would otherwise find that record.
 */
export const RUN_LAST: ReadonlySet<string> = new Set(['createExerciseTemplate', 'createEmployer']);

export const CASES: Record<string, (ids: Ids) => Case> = {
  auditLog: (ids) => emptyList('auditLog', { actorId: ids.userOfA }, 'AuditLogFilterInput'),
  auditLogCsv: (ids) => ({
    query: 'query($filter: AuditLogFilterInput) { auditLogCsv(filter: $filter) }',
    variables: { filter: { actorId: ids.userOfA } },
    expect: 'isolated',
  }),
  candidateImport: (ids) => byId('query', 'candidateImport', ids.importOfA),
  candidateImportIssuesCsv: (ids) => ({
    query: 'query($id: ID!) { candidateImportIssuesCsv(importId: $id) }',
    variables: { id: ids.importOfA },
  }),
  candidateImportIssues: (ids) => ({
    query: 'query($id: ID!) { candidateImportIssues(importId: $id, first: 5) { totalCount } }',
    variables: { id: ids.importOfA },
  }),
  setCandidateImportMapping: (ids) =>
    mutation('setCandidateImportMapping', 'SetCandidateImportMappingInput', {
      id: ids.importOfA,
      version: 1,
      mapping: { name: 0, email: 1 },
    }),
  startCandidateImport: (ids) =>
    mutation('startCandidateImport', 'StartCandidateImportInput', { id: ids.importOfA, version: 1 }),
  candidates: (ids) => emptyList('candidates', { recruiterId: ids.coachOfA }, 'CandidateFilter'),
  inviteCandidates: (ids) => ({
    query: 'mutation($input: InviteCandidatesInput!) { inviteCandidates(input: $input) }',
    variables: { input: { clientIds: [ids.clientOfA] } },
  }),
  submitCandidate: (ids) =>
    mutation('submitCandidate', 'SubmitCandidateInput', {
      clientId: ids.clientOfA,
      company: 'Taken',
      roleTitle: 'Taken',
    }),
  submission: (ids) => byId('query', 'submission', ids.submissionOfA),
  submissions: (ids) => emptyList('submissions', { employerId: ids.employerOfA }, 'SubmissionFilter'),
  moveSubmission: (ids) =>
    mutation('moveSubmission', 'MoveSubmissionInput', {
      id: ids.submissionOfA,
      version: 1,
      stage: 'REJECTED',
      reason: 'UNKNOWN',
    }),
  moveSubmissions: (ids) =>
    mutation('moveSubmissions', 'MoveSubmissionsInput', {
      ids: [ids.submissionOfA],
      stage: 'WITHDRAWN',
      reason: 'UNKNOWN',
    }),
  createEmployer: (ids) => ({
    ...mutation('createEmployer', 'CreateEmployerInput', { id: ids.employerOfA, name: 'Mine' }),
    expect: 'isolated',
  }),
  addEmployerContact: (ids) =>
    mutation('addEmployerContact', 'AddEmployerContactInput', {
      employerId: ids.employerOfA,
      name: 'Taken',
    }),
  clientInsights: (ids) => ({
    query: 'query($id: ID!) { clientInsights(clientId: $id) { key } }',
    variables: { id: ids.clientOfA },
  }),
  caseloadComparison: (ids) => ({
    query: 'query($id: ID!) { caseloadComparison(clientId: $id) { caseloadSize } }',
    variables: { id: ids.clientOfA },
  }),
  clientAttention: (ids) => ({
    query: 'query($id: ID!) { clientAttention(clientId: $id) { score } }',
    variables: { id: ids.clientOfA },
  }),
  rejectionBaseline: (ids) => ({
    query: 'query($id: ID!) { rejectionBaseline(clientId: $id) { caseloadTotal } }',
    variables: { id: ids.clientOfA },
  }),
  caseload: (ids) => ({
    query: 'query($filter: ClientFilter) { caseload(first: 5, filter: $filter) { totalCount } }',
    variables: { filter: { coachId: ids.coachOfA } },
    expect: 'empty',
  }),
  actOnInsight: (ids) =>
    mutation('actOnInsight', 'ActOnInsightInput', {
      clientId: ids.clientOfA,
      insightKey: 'stage_concentration:final_round',
      suggestionKey: 'exercise:mock-interview',
    }),
  dismissInsight: (ids) =>
    mutation('dismissInsight', 'DismissInsightInput', {
      clientId: ids.clientOfA,
      insightKey: 'stage_concentration:final_round',
      reason: 'Taken',
    }),
  confirmDeletionRequest: (ids) => byId('mutation', 'confirmDeletionRequest', ids.deletionRequestOfA, ''),
  dismissForwardedEmail: (ids) => byId('mutation', 'dismissForwardedEmail', ids.forwardedEmailOfA, ''),
  markNotificationRead: (ids) => byId('mutation', 'markNotificationRead', ids.notificationOfA),
  improvementPlan: (ids) => ({
    query: 'query($id: ID!) { improvementPlan(clientId: $id) { clientId } }',
    variables: { id: ids.clientOfA },
  }),
  planActivity: (ids) => ({
    query: 'query($id: ID!) { planActivity(clientId: $id, first: 5) { totalCount } }',
    variables: { id: ids.clientOfA },
  }),
  addPlanGoal: (ids) =>
    mutation('addPlanGoal', 'AddPlanGoalInput', { clientId: ids.clientOfA, title: 'Taken' }),
  addPlanItem: (ids) =>
    mutation('addPlanItem', 'AddPlanItemInput', {
      clientId: ids.clientOfA,
      title: 'Taken',
      category: 'SKILL',
      owner: 'COACH',
      rejectionIds: [ids.rejectionOfA],
    }),
  updatePlanItem: (ids) =>
    mutation('updatePlanItem', 'UpdatePlanItemInput', { id: ids.planItemOfA, version: 1, title: 'Taken' }),
  commentOnPlanItem: (ids) =>
    mutation('commentOnPlanItem', 'CommentOnPlanItemInput', { itemId: ids.planItemOfA, body: 'Taken' }),
  exerciseTemplate: (ids) => byId('query', 'exerciseTemplate', ids.templateOfA),
  createExerciseTemplate: (ids) => ({
    ...mutation('createExerciseTemplate', 'CreateExerciseTemplateInput', {
      id: ids.templateOfA,
      title: 'Mine',
      purpose: 'x',
      estimatedMinutes: 5,
      prompts: [{ key: 'a', type: 'FREE_TEXT', label: 'A', required: false }],
    }),
    expect: 'isolated',
  }),
  updateExerciseTemplate: (ids) =>
    mutation('updateExerciseTemplate', 'UpdateExerciseTemplateInput', {
      id: ids.templateOfA,
      version: 1,
      title: 'Taken',
      purpose: 'x',
      estimatedMinutes: 5,
      prompts: [{ key: 'a', type: 'FREE_TEXT', label: 'A', required: false }],
    }),
  cloneExerciseTemplate: (ids) => ({
    query: 'mutation($id: ID!) { cloneExerciseTemplate(sourceId: $id) { id } }',
    variables: { id: ids.templateOfA },
  }),
  archiveExerciseTemplate: (ids) => byId('mutation', 'archiveExerciseTemplate', ids.templateOfA),
  exerciseAssignment: (ids) => byId('query', 'exerciseAssignment', ids.assignmentOfA),
  exerciseAssignments: (ids) =>
    emptyList('exerciseAssignments', { clientId: ids.clientOfA }, 'ExerciseAssignmentFilter'),
  assignExercise: (ids) => ({
    query: 'mutation($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
    variables: {
      input: { templateId: 'builtin:reframe', clientIds: [ids.clientOfA], rejectionId: ids.rejectionOfA },
    },
  }),
  saveExerciseDraft: (ids) =>
    mutation('saveExerciseDraft', 'SaveExerciseAnswersInput', {
      id: ids.assignmentOfA,
      version: 1,
      answers: [],
    }),
  submitExercise: (ids) =>
    mutation('submitExercise', 'SaveExerciseAnswersInput', {
      id: ids.assignmentOfA,
      version: 1,
      answers: [],
    }),
  reviewExercise: (ids) =>
    mutation('reviewExercise', 'ReviewExerciseInput', { id: ids.assignmentOfA, version: 1, comment: 'x' }),
  withdrawExercise: (ids) =>
    mutation('withdrawExercise', 'WithdrawExerciseInput', { id: ids.assignmentOfA, version: 1 }),
  rescheduleExercise: (ids) =>
    mutation('rescheduleExercise', 'RescheduleExerciseInput', {
      id: ids.assignmentOfA,
      version: 1,
      dueOn: '2030-01-01',
    }),
  client: (ids) => byId('query', 'client', ids.clientOfA),
  changeClientStatus: (ids) =>
    mutation('changeClientStatus', 'ChangeClientStatusInput', {
      clientIds: [ids.clientOfA],
      status: 'ARCHIVED',
      reason: 'x',
    }),
  reassignClients: (ids) =>
    mutation('reassignClients', 'ReassignClientsInput', {
      clientIds: [ids.clientOfA],
      coachId: ids.coachOfA,
      reason: 'x',
    }),
  clients: (ids) => emptyList('clients', { coachId: ids.coachOfA }, 'ClientFilter'),
  createClient: (ids) =>
    mutation('createClient', 'CreateClientInput', { name: 'Intruder', primaryCoachId: ids.coachOfA }),
  updateClient: (ids) =>
    mutation('updateClient', 'UpdateClientInput', { id: ids.clientOfA, version: 1, name: 'Renamed' }),
  deleteClient: (ids) => byId('mutation', 'deleteClient', ids.clientOfA, ''),
  assignCoach: (ids) =>
    mutation('assignCoach', 'CoachAssignmentInput', { clientId: ids.clientOfA, coachId: ids.coachOfA }),
  unassignCoach: (ids) =>
    mutation('unassignCoach', 'CoachAssignmentInput', { clientId: ids.clientOfA, coachId: ids.coachOfA }),
  application: (ids) => byId('query', 'application', ids.applicationOfA),
  applications: (ids) => emptyList('applications', { clientId: ids.clientOfA }, 'ApplicationFilter'),
  createApplication: (ids) =>
    mutation('createApplication', 'CreateApplicationInput', {
      clientId: ids.clientOfA,
      company: 'X',
      roleTitle: 'Y',
      source: 'DIRECT',
      appliedOn: '2026-11-01',
    }),
  updateApplication: (ids) =>
    mutation('updateApplication', 'UpdateApplicationInput', {
      id: ids.applicationOfA,
      version: 1,
      company: 'Z',
    }),
  moveApplication: (ids) =>
    mutation('moveApplication', 'MoveApplicationInput', {
      id: ids.applicationOfA,
      version: 1,
      stage: 'SCREENING',
    }),
  rejection: (ids) => byId('query', 'rejection', ids.rejectionOfA),
  rejections: (ids) => emptyList('rejections', { clientId: ids.clientOfA }, 'RejectionFilter'),
  recordRejection: (ids) =>
    mutation('recordRejection', 'RecordRejectionInput', {
      applicationId: ids.applicationOfA,
      applicationVersion: 1,
      rejectedOn: '2026-11-02',
    }),
  recordRejectionFromEmail: (ids) =>
    mutation('recordRejectionFromEmail', 'RecordRejectionFromEmailInput', {
      id: ids.rejectionOfA,
      newApplication: {
        clientId: ids.clientOfA,
        company: 'Taken',
        roleTitle: 'Taken',
        source: 'DIRECT',
        appliedOn: '2026-11-01',
      },
      rejectedOn: '2026-11-02',
    }),
  acceptRejectionNextStep: (ids) =>
    mutation('acceptRejectionNextStep', 'AcceptRejectionNextStepInput', {
      rejectionId: ids.rejectionOfA,
      kind: 'DEEPER_REVIEW',
    }),
  updateRejection: (ids) =>
    mutation('updateRejection', 'UpdateRejectionInput', {
      id: ids.rejectionOfA,
      version: 1,
      feedbackText: 'x',
    }),
  feedbackRequest: (ids) => byId('query', 'feedbackRequest', ids.feedbackRequestOfA),
  feedbackRequests: (ids) =>
    emptyList('feedbackRequests', { clientId: ids.clientOfA }, 'FeedbackRequestFilter'),
  createFeedbackRequest: (ids) =>
    mutation('createFeedbackRequest', 'CreateFeedbackRequestInput', {
      rejectionId: ids.rejectionOfA,
      recipientRole: 'RECRUITER',
    }),
  updateFeedbackRequest: (ids) =>
    mutation('updateFeedbackRequest', 'UpdateFeedbackRequestInput', {
      id: ids.feedbackRequestOfA,
      version: 1,
      message: 'x',
    }),
  advanceFeedbackRequest: (ids) =>
    mutation('advanceFeedbackRequest', 'AdvanceFeedbackRequestInput', {
      id: ids.feedbackRequestOfA,
      version: 1,
      event: 'SENT',
    }),
  recordFeedbackAnswer: (ids) =>
    mutation('recordFeedbackAnswer', 'RecordFeedbackAnswerInput', {
      id: ids.feedbackRequestOfA,
      version: 1,
      answerText: 'x',
    }),
  member: (ids) => ({
    query: 'query($id: ID!) { member(id: $id) { id } }',
    variables: { id: ids.memberOfA },
  }),
  changeMemberRole: (ids) => ({
    query: 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }',
    variables: { input: { memberId: ids.memberOfA, role: 'ADMIN' } },
  }),
  setMemberStatus: (ids) => ({
    query: 'mutation($input: SetMemberStatusInput!) { setMemberStatus(input: $input) { id } }',
    variables: { input: { memberId: ids.memberOfA, status: 'DISABLED' } },
  }),
  resendInvitation: (ids) => ({
    query: 'mutation($id: ID!) { resendInvitation(id: $id) { id } }',
    variables: { id: ids.invitationOfA },
  }),
  revokeInvitation: (ids) => ({
    query: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
    variables: { id: ids.invitationOfA },
  }),
  authUser: (ids) => ({
    query: 'query($id: ID!) { authUser(id: $id) { id } }',
    variables: { id: ids.userOfA },
  }),
  authLinkAccount: (ids) => ({
    query: 'mutation($id: ID!) { authLinkAccount(userId: $id, provider: "github", providerAccountId: "x") }',
    variables: { id: ids.userOfA },
  }),
  createSession: (ids) => ({
    query: 'mutation($id: ID!) { createSession(userId: $id) { session { sessionId } } }',
    variables: { id: ids.userOfA },
  }),
};
