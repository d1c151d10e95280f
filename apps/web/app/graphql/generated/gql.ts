/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgencyDashboard($input: AgencyDashboardInput) {\n    agencyDashboard(input: $input) {\n      notInvited\n      onboardingFunnel {\n        stage\n        count\n        dropOff\n      }\n      candidatesByRecruiter {\n        recruiterId\n        recruiterName\n        candidates\n        active\n      }\n      employerPatterns {\n        employer\n        submissions\n        interviews\n        offers\n        rejections\n        rejectionsByStage {\n          key\n          count\n        }\n        rejectionsByReason {\n          key\n          count\n        }\n      }\n    }\n  }\n": typeof types.AgencyDashboardDocument,
    "\n  query AgencyCandidates($first: Int!, $after: String, $filter: CandidateFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          stage\n          recruiterName\n          submissions\n          checklist {\n            key\n            done\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgencyCandidatesDocument,
    "\n  mutation InviteCandidates($input: InviteCandidatesInput!) {\n    inviteCandidates(input: $input)\n  }\n": typeof types.InviteCandidatesDocument,
    "\n  mutation ResendCandidateInvitations($input: ResendCandidateInvitationsInput!) {\n    resendCandidateInvitations(input: $input)\n  }\n": typeof types.ResendCandidateInvitationsDocument,
    "\n  mutation SubmitCandidate($input: SubmitCandidateInput!) {\n    submitCandidate(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitCandidateDocument,
    "\n  query CandidatesCsv {\n    candidatesCsv\n  }\n": typeof types.CandidatesCsvDocument,
    "\n  query CandidateImports($first: Int!, $after: String) {\n    candidateImports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          totalRows\n          createdCount\n          skippedCount\n        }\n      }\n    }\n  }\n": typeof types.CandidateImportsDocument,
    "\n  mutation CreateCandidateImport($input: CreateCandidateImportInput!) {\n    createCandidateImport(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCandidateImportDocument,
    "\n  query CandidateImport($id: ID!, $first: Int!, $after: String) {\n    candidateImport(id: $id) {\n      id\n      version\n      fileName\n      status\n      invite\n      headers\n      totalRows\n      checkedRows\n      validRows\n      issueCount\n      processedRows\n      createdCount\n      skippedCount\n      failure\n      createdAt\n      mapping {\n        name\n        email\n        phone\n        targetRoles\n        locations\n        recruiterEmail\n        tags\n      }\n      preview {\n        line\n        cells\n      }\n    }\n    candidateImportIssues(importId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          line\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.CandidateImportDocument,
    "\n  mutation SetCandidateImportMapping($input: SetCandidateImportMappingInput!) {\n    setCandidateImportMapping(input: $input) {\n      id\n    }\n  }\n": typeof types.SetCandidateImportMappingDocument,
    "\n  mutation StartCandidateImport($input: StartCandidateImportInput!) {\n    startCandidateImport(input: $input) {\n      id\n    }\n  }\n": typeof types.StartCandidateImportDocument,
    "\n  fragment ApiSession on AuthSession {\n    sessionId\n    expiresAt\n    user {\n      id\n      email\n      name\n    }\n  }\n": typeof types.ApiSessionFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ApiSession\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ApiSession\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation CreateSession($userId: ID!) {\n    createSession(userId: $userId) {\n      ...ApiSession\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AcceptInvitationWithSignUp($input: AcceptInvitationWithSignUpInput!) {\n    acceptInvitationWithSignUp(input: $input) {\n      ...ApiSession\n    }\n  }\n": typeof types.AcceptInvitationWithSignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query SignedInHome {\n    me {\n      organizations {\n        slug\n      }\n    }\n  }\n": typeof types.SignedInHomeDocument,
    "\n  fragment AdapterUser on AuthUser {\n    id\n    email\n    name\n    emailVerified\n  }\n": typeof types.AdapterUserFragmentDoc,
    "\n  query AuthUser($id: ID!) {\n    authUser(id: $id) {\n      ...AdapterUser\n    }\n  }\n": typeof types.AuthUserDocument,
    "\n  query AuthUserByEmail($email: String!) {\n    authUserByEmail(email: $email) {\n      ...AdapterUser\n    }\n  }\n": typeof types.AuthUserByEmailDocument,
    "\n  query AuthUserByAccount($provider: String!, $providerAccountId: String!) {\n    authUserByAccount(provider: $provider, providerAccountId: $providerAccountId) {\n      ...AdapterUser\n    }\n  }\n": typeof types.AuthUserByAccountDocument,
    "\n  mutation AuthCreateUser($email: String!, $name: String!) {\n    authCreateUser(email: $email, name: $name) {\n      ...AdapterUser\n    }\n  }\n": typeof types.AuthCreateUserDocument,
    "\n  mutation AuthLinkAccount($userId: ID!, $provider: String!, $providerAccountId: String!) {\n    authLinkAccount(userId: $userId, provider: $provider, providerAccountId: $providerAccountId)\n  }\n": typeof types.AuthLinkAccountDocument,
    "\n  mutation AuthCreateVerificationToken($identifier: String!, $token: String!, $expires: DateTime!) {\n    authCreateVerificationToken(identifier: $identifier, token: $token, expires: $expires)\n  }\n": typeof types.AuthCreateVerificationTokenDocument,
    "\n  mutation AuthUseVerificationToken($identifier: String!, $token: String!) {\n    authUseVerificationToken(identifier: $identifier, token: $token) {\n      identifier\n      expires\n    }\n  }\n": typeof types.AuthUseVerificationTokenDocument,
    "\n  mutation SendSignInLink($email: String!, $url: String!) {\n    sendSignInLink(email: $email, url: $url)\n  }\n": typeof types.SendSignInLinkDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      name\n      organizations {\n        slug\n        name\n        kind\n        role\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query BillingOverview {\n    billingOverview {\n      configured\n      canSubscribe\n      canManage\n      entitlement {\n        access\n        reason\n        trialEndsAt\n        graceEndsAt\n      }\n      subscription {\n        plan\n        status\n        quantity\n        trialEndsAt\n        currentPeriodEndsAt\n        cancelAtPeriodEnd\n      }\n      usage {\n        coaches\n        activeClients\n      }\n      plans {\n        plan\n        seatBasis\n        quantity\n        fits\n      }\n    }\n  }\n": typeof types.BillingOverviewDocument,
    "\n  query Entitlement {\n    entitlement {\n      access\n      reason\n      graceEndsAt\n    }\n  }\n": typeof types.EntitlementDocument,
    "\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n": typeof types.StartCheckoutDocument,
    "\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n": typeof types.OpenBillingPortalDocument,
    "\n  query PublicOrganization($slug: String!) {\n    organization(slug: $slug) {\n      name\n      slug\n      kind\n    }\n  }\n": typeof types.PublicOrganizationDocument,
    "\n  query MyApplications($clientId: ID!, $after: String) {\n    applications(first: 100, after: $after, filter: { clientId: $clientId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          source\n          appliedOn\n          stage\n          interviewRound\n          lastActivityAt\n          version\n        }\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      source\n      appliedOn\n      postingUrl\n      stage\n      interviewRound\n      furthestStage\n      furthestInterviewRound\n      version\n      stageHistory {\n        id\n        toStage\n        interviewRound\n        changedAt\n      }\n    }\n  }\n": typeof types.MyApplicationDocument,
    "\n  mutation CreateMyApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      company\n    }\n  }\n": typeof types.CreateMyApplicationDocument,
    "\n  mutation UpdateMyApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      id\n      company\n    }\n  }\n": typeof types.UpdateMyApplicationDocument,
    "\n  mutation MoveMyApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      company\n      stage\n      interviewRound\n      version\n    }\n  }\n": typeof types.MoveMyApplicationDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      note\n      createdAt\n    }\n  }\n": typeof types.MyDeletionRequestDocument,
    "\n  mutation RequestMyDeletion($input: RequestDeletionInput) {\n    requestDeletion(input: $input) {\n      id\n    }\n  }\n": typeof types.RequestMyDeletionDocument,
    "\n  mutation WithdrawMyDeletion {\n    withdrawDeletionRequest\n  }\n": typeof types.WithdrawMyDeletionDocument,
    "\n  query MyExercises($clientId: ID!) {\n    exerciseAssignments(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          title\n          purpose\n          estimatedMinutes\n          status\n          dueOn\n          overdue\n          coachComment\n          submittedAt\n        }\n      }\n    }\n  }\n": typeof types.MyExercisesDocument,
    "\n  query MyExercise($id: ID!) {\n    exerciseAssignment(id: $id) {\n      id\n      title\n      purpose\n      estimatedMinutes\n      status\n      dueOn\n      overdue\n      version\n      coachComment\n      reviewedAt\n      submittedAt\n      prompts {\n        key\n        type\n        label\n        help\n        required\n        options\n        min\n        max\n        minLabel\n        maxLabel\n      }\n      answers {\n        promptKey\n        text\n        number\n        choices\n      }\n    }\n  }\n": typeof types.MyExerciseDocument,
    "\n  mutation SaveMyExerciseDraft($input: SaveExerciseAnswersInput!) {\n    saveExerciseDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SaveMyExerciseDraftDocument,
    "\n  mutation SubmitMyExercise($input: SaveExerciseAnswersInput!) {\n    submitExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SubmitMyExerciseDocument,
    "\n  query MyFeedbackRequests($clientId: ID!) {\n    feedbackRequests(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          recipientRole\n          recipientName\n          sentOn\n          followUpOn\n          followedUpOn\n          answeredOn\n          answerText\n          followUpDue\n          version\n          rejection {\n            id\n            effectiveReason\n            application {\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyFeedbackRequestsDocument,
    "\n  mutation AdvanceMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      rejection {\n        application {\n          company\n        }\n      }\n    }\n  }\n": typeof types.AdvanceMyFeedbackRequestDocument,
    "\n  mutation AnswerMyFeedbackRequest($input: RecordFeedbackAnswerInput!) {\n    recordFeedbackAnswer(input: $input) {\n      id\n      status\n      rejection {\n        effectiveReason\n        application {\n          company\n        }\n      }\n    }\n  }\n": typeof types.AnswerMyFeedbackRequestDocument,
    "\n  query WorkspaceHome($clientId: ID!) {\n    openExercises: exerciseAssignments(\n      first: 50\n      filter: { clientId: $clientId, statuses: [ASSIGNED, IN_PROGRESS] }\n    ) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n          overdue\n        }\n      }\n    }\n    doneExercises: exerciseAssignments(\n      first: 20\n      filter: { clientId: $clientId, statuses: [SUBMITTED, REVIEWED] }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n    feedbackRequests(first: 50, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          followUpDue\n          followUpOn\n          answeredOn\n          createdAt\n          rejection {\n            id\n            application {\n              id\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(clientId: $clientId) {\n      items {\n        id\n        title\n        status\n        owner\n        dueOn\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 5) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n          details\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceHomeDocument,
    "\n  query WorkspaceHistory($clientId: ID!) {\n    applications(first: 100, filter: { clientId: $clientId }) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          appliedOn\n          stage\n          furthestStage\n          lastActivityAt\n        }\n      }\n    }\n    rejections(first: 20, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          rejectedOn\n          checkIn\n          createdAt\n          application {\n            id\n            company\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceHistoryDocument,
    "\n  query MyOnboarding {\n    myOnboarding {\n      clientId\n      version\n      stage\n      targetRoles\n      locations\n      availability\n      workAuthorization\n      resumeUrl\n      consentVersion\n      consentAt\n      consentText\n      currentConsentVersion\n      checklist {\n        key\n        done\n      }\n    }\n  }\n": typeof types.MyOnboardingDocument,
    "\n  mutation UpdateMyOnboarding($input: UpdateMyOnboardingInput!) {\n    updateMyOnboarding(input: $input) {\n      version\n    }\n  }\n": typeof types.UpdateMyOnboardingDocument,
    "\n  query MyPlan($clientId: ID!) {\n    improvementPlan(clientId: $clientId) {\n      goals {\n        id\n        title\n      }\n      items {\n        id\n        title\n        category\n        status\n        owner\n        dueOn\n        evidence\n        goalId\n        version\n        createdBySide\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 15) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.MyPlanDocument,
    "\n  mutation UpdateMyPlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateMyPlanItemDocument,
    "\n  mutation CommentOnMyPlanItem($input: CommentOnPlanItemInput!) {\n    commentOnPlanItem(input: $input) {\n      id\n    }\n  }\n": typeof types.CommentOnMyPlanItemDocument,
    "\n  mutation AddMyPlanItem($input: AddPlanItemInput!) {\n    addPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddMyPlanItemDocument,
    "\n  query RejectionFlowApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      stage\n      version\n      furthestStage\n      furthestInterviewRound\n      rejection {\n        id\n        version\n        rejectedOn\n        stageReached\n        endedBy\n        automated\n        employerReason\n        clientViewReason\n        checkIn\n        clientNotes\n        feedbackRequestSuggested\n        latestFeedbackRequest {\n          id\n          status\n          recipientName\n          recipientRole\n          followUpOn\n        }\n      }\n    }\n  }\n": typeof types.RejectionFlowApplicationDocument,
    "\n  query SuggestFromRejectionEmail($text: String!) {\n    suggestFromRejectionEmail(text: $text) {\n      isRejection\n      automated\n      reason {\n        value\n        phrase\n      }\n    }\n  }\n": typeof types.SuggestFromRejectionEmailDocument,
    "\n  mutation RecordMyRejection($input: RecordRejectionInput!) {\n    recordRejection(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordMyRejectionDocument,
    "\n  mutation UpdateMyRejection($input: UpdateRejectionInput!) {\n    updateRejection(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateMyRejectionDocument,
    "\n  mutation CreateMyFeedbackRequest($input: CreateFeedbackRequestInput!) {\n    createFeedbackRequest(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateMyFeedbackRequestDocument,
    "\n  mutation SendMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      followUpOn\n    }\n  }\n": typeof types.SendMyFeedbackRequestDocument,
    "\n  query MyClient {\n    clients(first: 1) {\n      edges {\n        node {\n          id\n          name\n          version\n          coaches {\n            name\n            primary\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyClientDocument,
    "\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          name\n          email\n          role\n          status\n          joinedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          invitedByName\n          expiresAt\n          lastSentAt\n        }\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.SetMemberStatusDocument,
    "\n  query PendingDeletionRequests {\n    deletionRequests(first: 100) {\n      edges {\n        node {\n          id\n          clientName\n          note\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PendingDeletionRequestsDocument,
    "\n  mutation ConfirmDeletionRequest($id: ID!) {\n    confirmDeletionRequest(id: $id)\n  }\n": typeof types.ConfirmDeletionRequestDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": typeof types.DevOutboxDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organization {\n        slug\n        name\n        kind\n      }\n      email\n      role\n      status\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      slug\n    }\n  }\n": typeof types.AcceptInvitationDocument,
};
const documents: Documents = {
    "\n  query AgencyDashboard($input: AgencyDashboardInput) {\n    agencyDashboard(input: $input) {\n      notInvited\n      onboardingFunnel {\n        stage\n        count\n        dropOff\n      }\n      candidatesByRecruiter {\n        recruiterId\n        recruiterName\n        candidates\n        active\n      }\n      employerPatterns {\n        employer\n        submissions\n        interviews\n        offers\n        rejections\n        rejectionsByStage {\n          key\n          count\n        }\n        rejectionsByReason {\n          key\n          count\n        }\n      }\n    }\n  }\n": types.AgencyDashboardDocument,
    "\n  query AgencyCandidates($first: Int!, $after: String, $filter: CandidateFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          stage\n          recruiterName\n          submissions\n          checklist {\n            key\n            done\n          }\n        }\n      }\n    }\n  }\n": types.AgencyCandidatesDocument,
    "\n  mutation InviteCandidates($input: InviteCandidatesInput!) {\n    inviteCandidates(input: $input)\n  }\n": types.InviteCandidatesDocument,
    "\n  mutation ResendCandidateInvitations($input: ResendCandidateInvitationsInput!) {\n    resendCandidateInvitations(input: $input)\n  }\n": types.ResendCandidateInvitationsDocument,
    "\n  mutation SubmitCandidate($input: SubmitCandidateInput!) {\n    submitCandidate(input: $input) {\n      id\n    }\n  }\n": types.SubmitCandidateDocument,
    "\n  query CandidatesCsv {\n    candidatesCsv\n  }\n": types.CandidatesCsvDocument,
    "\n  query CandidateImports($first: Int!, $after: String) {\n    candidateImports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          totalRows\n          createdCount\n          skippedCount\n        }\n      }\n    }\n  }\n": types.CandidateImportsDocument,
    "\n  mutation CreateCandidateImport($input: CreateCandidateImportInput!) {\n    createCandidateImport(input: $input) {\n      id\n    }\n  }\n": types.CreateCandidateImportDocument,
    "\n  query CandidateImport($id: ID!, $first: Int!, $after: String) {\n    candidateImport(id: $id) {\n      id\n      version\n      fileName\n      status\n      invite\n      headers\n      totalRows\n      checkedRows\n      validRows\n      issueCount\n      processedRows\n      createdCount\n      skippedCount\n      failure\n      createdAt\n      mapping {\n        name\n        email\n        phone\n        targetRoles\n        locations\n        recruiterEmail\n        tags\n      }\n      preview {\n        line\n        cells\n      }\n    }\n    candidateImportIssues(importId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          line\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": types.CandidateImportDocument,
    "\n  mutation SetCandidateImportMapping($input: SetCandidateImportMappingInput!) {\n    setCandidateImportMapping(input: $input) {\n      id\n    }\n  }\n": types.SetCandidateImportMappingDocument,
    "\n  mutation StartCandidateImport($input: StartCandidateImportInput!) {\n    startCandidateImport(input: $input) {\n      id\n    }\n  }\n": types.StartCandidateImportDocument,
    "\n  fragment ApiSession on AuthSession {\n    sessionId\n    expiresAt\n    user {\n      id\n      email\n      name\n    }\n  }\n": types.ApiSessionFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ApiSession\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ApiSession\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation CreateSession($userId: ID!) {\n    createSession(userId: $userId) {\n      ...ApiSession\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AcceptInvitationWithSignUp($input: AcceptInvitationWithSignUpInput!) {\n    acceptInvitationWithSignUp(input: $input) {\n      ...ApiSession\n    }\n  }\n": types.AcceptInvitationWithSignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query SignedInHome {\n    me {\n      organizations {\n        slug\n      }\n    }\n  }\n": types.SignedInHomeDocument,
    "\n  fragment AdapterUser on AuthUser {\n    id\n    email\n    name\n    emailVerified\n  }\n": types.AdapterUserFragmentDoc,
    "\n  query AuthUser($id: ID!) {\n    authUser(id: $id) {\n      ...AdapterUser\n    }\n  }\n": types.AuthUserDocument,
    "\n  query AuthUserByEmail($email: String!) {\n    authUserByEmail(email: $email) {\n      ...AdapterUser\n    }\n  }\n": types.AuthUserByEmailDocument,
    "\n  query AuthUserByAccount($provider: String!, $providerAccountId: String!) {\n    authUserByAccount(provider: $provider, providerAccountId: $providerAccountId) {\n      ...AdapterUser\n    }\n  }\n": types.AuthUserByAccountDocument,
    "\n  mutation AuthCreateUser($email: String!, $name: String!) {\n    authCreateUser(email: $email, name: $name) {\n      ...AdapterUser\n    }\n  }\n": types.AuthCreateUserDocument,
    "\n  mutation AuthLinkAccount($userId: ID!, $provider: String!, $providerAccountId: String!) {\n    authLinkAccount(userId: $userId, provider: $provider, providerAccountId: $providerAccountId)\n  }\n": types.AuthLinkAccountDocument,
    "\n  mutation AuthCreateVerificationToken($identifier: String!, $token: String!, $expires: DateTime!) {\n    authCreateVerificationToken(identifier: $identifier, token: $token, expires: $expires)\n  }\n": types.AuthCreateVerificationTokenDocument,
    "\n  mutation AuthUseVerificationToken($identifier: String!, $token: String!) {\n    authUseVerificationToken(identifier: $identifier, token: $token) {\n      identifier\n      expires\n    }\n  }\n": types.AuthUseVerificationTokenDocument,
    "\n  mutation SendSignInLink($email: String!, $url: String!) {\n    sendSignInLink(email: $email, url: $url)\n  }\n": types.SendSignInLinkDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      name\n      organizations {\n        slug\n        name\n        kind\n        role\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query BillingOverview {\n    billingOverview {\n      configured\n      canSubscribe\n      canManage\n      entitlement {\n        access\n        reason\n        trialEndsAt\n        graceEndsAt\n      }\n      subscription {\n        plan\n        status\n        quantity\n        trialEndsAt\n        currentPeriodEndsAt\n        cancelAtPeriodEnd\n      }\n      usage {\n        coaches\n        activeClients\n      }\n      plans {\n        plan\n        seatBasis\n        quantity\n        fits\n      }\n    }\n  }\n": types.BillingOverviewDocument,
    "\n  query Entitlement {\n    entitlement {\n      access\n      reason\n      graceEndsAt\n    }\n  }\n": types.EntitlementDocument,
    "\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n": types.StartCheckoutDocument,
    "\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n": types.OpenBillingPortalDocument,
    "\n  query PublicOrganization($slug: String!) {\n    organization(slug: $slug) {\n      name\n      slug\n      kind\n    }\n  }\n": types.PublicOrganizationDocument,
    "\n  query MyApplications($clientId: ID!, $after: String) {\n    applications(first: 100, after: $after, filter: { clientId: $clientId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          source\n          appliedOn\n          stage\n          interviewRound\n          lastActivityAt\n          version\n        }\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      source\n      appliedOn\n      postingUrl\n      stage\n      interviewRound\n      furthestStage\n      furthestInterviewRound\n      version\n      stageHistory {\n        id\n        toStage\n        interviewRound\n        changedAt\n      }\n    }\n  }\n": types.MyApplicationDocument,
    "\n  mutation CreateMyApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      company\n    }\n  }\n": types.CreateMyApplicationDocument,
    "\n  mutation UpdateMyApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      id\n      company\n    }\n  }\n": types.UpdateMyApplicationDocument,
    "\n  mutation MoveMyApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      company\n      stage\n      interviewRound\n      version\n    }\n  }\n": types.MoveMyApplicationDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      note\n      createdAt\n    }\n  }\n": types.MyDeletionRequestDocument,
    "\n  mutation RequestMyDeletion($input: RequestDeletionInput) {\n    requestDeletion(input: $input) {\n      id\n    }\n  }\n": types.RequestMyDeletionDocument,
    "\n  mutation WithdrawMyDeletion {\n    withdrawDeletionRequest\n  }\n": types.WithdrawMyDeletionDocument,
    "\n  query MyExercises($clientId: ID!) {\n    exerciseAssignments(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          title\n          purpose\n          estimatedMinutes\n          status\n          dueOn\n          overdue\n          coachComment\n          submittedAt\n        }\n      }\n    }\n  }\n": types.MyExercisesDocument,
    "\n  query MyExercise($id: ID!) {\n    exerciseAssignment(id: $id) {\n      id\n      title\n      purpose\n      estimatedMinutes\n      status\n      dueOn\n      overdue\n      version\n      coachComment\n      reviewedAt\n      submittedAt\n      prompts {\n        key\n        type\n        label\n        help\n        required\n        options\n        min\n        max\n        minLabel\n        maxLabel\n      }\n      answers {\n        promptKey\n        text\n        number\n        choices\n      }\n    }\n  }\n": types.MyExerciseDocument,
    "\n  mutation SaveMyExerciseDraft($input: SaveExerciseAnswersInput!) {\n    saveExerciseDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SaveMyExerciseDraftDocument,
    "\n  mutation SubmitMyExercise($input: SaveExerciseAnswersInput!) {\n    submitExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SubmitMyExerciseDocument,
    "\n  query MyFeedbackRequests($clientId: ID!) {\n    feedbackRequests(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          recipientRole\n          recipientName\n          sentOn\n          followUpOn\n          followedUpOn\n          answeredOn\n          answerText\n          followUpDue\n          version\n          rejection {\n            id\n            effectiveReason\n            application {\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyFeedbackRequestsDocument,
    "\n  mutation AdvanceMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      rejection {\n        application {\n          company\n        }\n      }\n    }\n  }\n": types.AdvanceMyFeedbackRequestDocument,
    "\n  mutation AnswerMyFeedbackRequest($input: RecordFeedbackAnswerInput!) {\n    recordFeedbackAnswer(input: $input) {\n      id\n      status\n      rejection {\n        effectiveReason\n        application {\n          company\n        }\n      }\n    }\n  }\n": types.AnswerMyFeedbackRequestDocument,
    "\n  query WorkspaceHome($clientId: ID!) {\n    openExercises: exerciseAssignments(\n      first: 50\n      filter: { clientId: $clientId, statuses: [ASSIGNED, IN_PROGRESS] }\n    ) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n          overdue\n        }\n      }\n    }\n    doneExercises: exerciseAssignments(\n      first: 20\n      filter: { clientId: $clientId, statuses: [SUBMITTED, REVIEWED] }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n    feedbackRequests(first: 50, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          followUpDue\n          followUpOn\n          answeredOn\n          createdAt\n          rejection {\n            id\n            application {\n              id\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(clientId: $clientId) {\n      items {\n        id\n        title\n        status\n        owner\n        dueOn\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 5) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n          details\n        }\n      }\n    }\n  }\n": types.WorkspaceHomeDocument,
    "\n  query WorkspaceHistory($clientId: ID!) {\n    applications(first: 100, filter: { clientId: $clientId }) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          appliedOn\n          stage\n          furthestStage\n          lastActivityAt\n        }\n      }\n    }\n    rejections(first: 20, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          rejectedOn\n          checkIn\n          createdAt\n          application {\n            id\n            company\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceHistoryDocument,
    "\n  query MyOnboarding {\n    myOnboarding {\n      clientId\n      version\n      stage\n      targetRoles\n      locations\n      availability\n      workAuthorization\n      resumeUrl\n      consentVersion\n      consentAt\n      consentText\n      currentConsentVersion\n      checklist {\n        key\n        done\n      }\n    }\n  }\n": types.MyOnboardingDocument,
    "\n  mutation UpdateMyOnboarding($input: UpdateMyOnboardingInput!) {\n    updateMyOnboarding(input: $input) {\n      version\n    }\n  }\n": types.UpdateMyOnboardingDocument,
    "\n  query MyPlan($clientId: ID!) {\n    improvementPlan(clientId: $clientId) {\n      goals {\n        id\n        title\n      }\n      items {\n        id\n        title\n        category\n        status\n        owner\n        dueOn\n        evidence\n        goalId\n        version\n        createdBySide\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 15) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n": types.MyPlanDocument,
    "\n  mutation UpdateMyPlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateMyPlanItemDocument,
    "\n  mutation CommentOnMyPlanItem($input: CommentOnPlanItemInput!) {\n    commentOnPlanItem(input: $input) {\n      id\n    }\n  }\n": types.CommentOnMyPlanItemDocument,
    "\n  mutation AddMyPlanItem($input: AddPlanItemInput!) {\n    addPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddMyPlanItemDocument,
    "\n  query RejectionFlowApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      stage\n      version\n      furthestStage\n      furthestInterviewRound\n      rejection {\n        id\n        version\n        rejectedOn\n        stageReached\n        endedBy\n        automated\n        employerReason\n        clientViewReason\n        checkIn\n        clientNotes\n        feedbackRequestSuggested\n        latestFeedbackRequest {\n          id\n          status\n          recipientName\n          recipientRole\n          followUpOn\n        }\n      }\n    }\n  }\n": types.RejectionFlowApplicationDocument,
    "\n  query SuggestFromRejectionEmail($text: String!) {\n    suggestFromRejectionEmail(text: $text) {\n      isRejection\n      automated\n      reason {\n        value\n        phrase\n      }\n    }\n  }\n": types.SuggestFromRejectionEmailDocument,
    "\n  mutation RecordMyRejection($input: RecordRejectionInput!) {\n    recordRejection(input: $input) {\n      id\n    }\n  }\n": types.RecordMyRejectionDocument,
    "\n  mutation UpdateMyRejection($input: UpdateRejectionInput!) {\n    updateRejection(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateMyRejectionDocument,
    "\n  mutation CreateMyFeedbackRequest($input: CreateFeedbackRequestInput!) {\n    createFeedbackRequest(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateMyFeedbackRequestDocument,
    "\n  mutation SendMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      followUpOn\n    }\n  }\n": types.SendMyFeedbackRequestDocument,
    "\n  query MyClient {\n    clients(first: 1) {\n      edges {\n        node {\n          id\n          name\n          version\n          coaches {\n            name\n            primary\n          }\n        }\n      }\n    }\n  }\n": types.MyClientDocument,
    "\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          name\n          email\n          role\n          status\n          joinedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          invitedByName\n          expiresAt\n          lastSentAt\n        }\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      id\n      name\n      status\n    }\n  }\n": types.SetMemberStatusDocument,
    "\n  query PendingDeletionRequests {\n    deletionRequests(first: 100) {\n      edges {\n        node {\n          id\n          clientName\n          note\n          createdAt\n        }\n      }\n    }\n  }\n": types.PendingDeletionRequestsDocument,
    "\n  mutation ConfirmDeletionRequest($id: ID!) {\n    confirmDeletionRequest(id: $id)\n  }\n": types.ConfirmDeletionRequestDocument,
    "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n": types.DevOutboxDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organization {\n        slug\n        name\n        kind\n      }\n      email\n      role\n      status\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      slug\n    }\n  }\n": types.AcceptInvitationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDashboard($input: AgencyDashboardInput) {\n    agencyDashboard(input: $input) {\n      notInvited\n      onboardingFunnel {\n        stage\n        count\n        dropOff\n      }\n      candidatesByRecruiter {\n        recruiterId\n        recruiterName\n        candidates\n        active\n      }\n      employerPatterns {\n        employer\n        submissions\n        interviews\n        offers\n        rejections\n        rejectionsByStage {\n          key\n          count\n        }\n        rejectionsByReason {\n          key\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDashboard($input: AgencyDashboardInput) {\n    agencyDashboard(input: $input) {\n      notInvited\n      onboardingFunnel {\n        stage\n        count\n        dropOff\n      }\n      candidatesByRecruiter {\n        recruiterId\n        recruiterName\n        candidates\n        active\n      }\n      employerPatterns {\n        employer\n        submissions\n        interviews\n        offers\n        rejections\n        rejectionsByStage {\n          key\n          count\n        }\n        rejectionsByReason {\n          key\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyCandidates($first: Int!, $after: String, $filter: CandidateFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          stage\n          recruiterName\n          submissions\n          checklist {\n            key\n            done\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyCandidates($first: Int!, $after: String, $filter: CandidateFilter) {\n    candidates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          stage\n          recruiterName\n          submissions\n          checklist {\n            key\n            done\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCandidates($input: InviteCandidatesInput!) {\n    inviteCandidates(input: $input)\n  }\n"): (typeof documents)["\n  mutation InviteCandidates($input: InviteCandidatesInput!) {\n    inviteCandidates(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendCandidateInvitations($input: ResendCandidateInvitationsInput!) {\n    resendCandidateInvitations(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResendCandidateInvitations($input: ResendCandidateInvitationsInput!) {\n    resendCandidateInvitations(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCandidate($input: SubmitCandidateInput!) {\n    submitCandidate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCandidate($input: SubmitCandidateInput!) {\n    submitCandidate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidatesCsv {\n    candidatesCsv\n  }\n"): (typeof documents)["\n  query CandidatesCsv {\n    candidatesCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateImports($first: Int!, $after: String) {\n    candidateImports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          totalRows\n          createdCount\n          skippedCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateImports($first: Int!, $after: String) {\n    candidateImports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          totalRows\n          createdCount\n          skippedCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCandidateImport($input: CreateCandidateImportInput!) {\n    createCandidateImport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCandidateImport($input: CreateCandidateImportInput!) {\n    createCandidateImport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateImport($id: ID!, $first: Int!, $after: String) {\n    candidateImport(id: $id) {\n      id\n      version\n      fileName\n      status\n      invite\n      headers\n      totalRows\n      checkedRows\n      validRows\n      issueCount\n      processedRows\n      createdCount\n      skippedCount\n      failure\n      createdAt\n      mapping {\n        name\n        email\n        phone\n        targetRoles\n        locations\n        recruiterEmail\n        tags\n      }\n      preview {\n        line\n        cells\n      }\n    }\n    candidateImportIssues(importId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          line\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CandidateImport($id: ID!, $first: Int!, $after: String) {\n    candidateImport(id: $id) {\n      id\n      version\n      fileName\n      status\n      invite\n      headers\n      totalRows\n      checkedRows\n      validRows\n      issueCount\n      processedRows\n      createdCount\n      skippedCount\n      failure\n      createdAt\n      mapping {\n        name\n        email\n        phone\n        targetRoles\n        locations\n        recruiterEmail\n        tags\n      }\n      preview {\n        line\n        cells\n      }\n    }\n    candidateImportIssues(importId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          line\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCandidateImportMapping($input: SetCandidateImportMappingInput!) {\n    setCandidateImportMapping(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetCandidateImportMapping($input: SetCandidateImportMappingInput!) {\n    setCandidateImportMapping(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCandidateImport($input: StartCandidateImportInput!) {\n    startCandidateImport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartCandidateImport($input: StartCandidateImportInput!) {\n    startCandidateImport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiSession on AuthSession {\n    sessionId\n    expiresAt\n    user {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiSession on AuthSession {\n    sessionId\n    expiresAt\n    user {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ApiSession\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ApiSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ApiSession\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ApiSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($userId: ID!) {\n    createSession(userId: $userId) {\n      ...ApiSession\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSession($userId: ID!) {\n    createSession(userId: $userId) {\n      ...ApiSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitationWithSignUp($input: AcceptInvitationWithSignUpInput!) {\n    acceptInvitationWithSignUp(input: $input) {\n      ...ApiSession\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitationWithSignUp($input: AcceptInvitationWithSignUpInput!) {\n    acceptInvitationWithSignUp(input: $input) {\n      ...ApiSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInHome {\n    me {\n      organizations {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignedInHome {\n    me {\n      organizations {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdapterUser on AuthUser {\n    id\n    email\n    name\n    emailVerified\n  }\n"): (typeof documents)["\n  fragment AdapterUser on AuthUser {\n    id\n    email\n    name\n    emailVerified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUser($id: ID!) {\n    authUser(id: $id) {\n      ...AdapterUser\n    }\n  }\n"): (typeof documents)["\n  query AuthUser($id: ID!) {\n    authUser(id: $id) {\n      ...AdapterUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUserByEmail($email: String!) {\n    authUserByEmail(email: $email) {\n      ...AdapterUser\n    }\n  }\n"): (typeof documents)["\n  query AuthUserByEmail($email: String!) {\n    authUserByEmail(email: $email) {\n      ...AdapterUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUserByAccount($provider: String!, $providerAccountId: String!) {\n    authUserByAccount(provider: $provider, providerAccountId: $providerAccountId) {\n      ...AdapterUser\n    }\n  }\n"): (typeof documents)["\n  query AuthUserByAccount($provider: String!, $providerAccountId: String!) {\n    authUserByAccount(provider: $provider, providerAccountId: $providerAccountId) {\n      ...AdapterUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateUser($email: String!, $name: String!) {\n    authCreateUser(email: $email, name: $name) {\n      ...AdapterUser\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateUser($email: String!, $name: String!) {\n    authCreateUser(email: $email, name: $name) {\n      ...AdapterUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLinkAccount($userId: ID!, $provider: String!, $providerAccountId: String!) {\n    authLinkAccount(userId: $userId, provider: $provider, providerAccountId: $providerAccountId)\n  }\n"): (typeof documents)["\n  mutation AuthLinkAccount($userId: ID!, $provider: String!, $providerAccountId: String!) {\n    authLinkAccount(userId: $userId, provider: $provider, providerAccountId: $providerAccountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateVerificationToken($identifier: String!, $token: String!, $expires: DateTime!) {\n    authCreateVerificationToken(identifier: $identifier, token: $token, expires: $expires)\n  }\n"): (typeof documents)["\n  mutation AuthCreateVerificationToken($identifier: String!, $token: String!, $expires: DateTime!) {\n    authCreateVerificationToken(identifier: $identifier, token: $token, expires: $expires)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUseVerificationToken($identifier: String!, $token: String!) {\n    authUseVerificationToken(identifier: $identifier, token: $token) {\n      identifier\n      expires\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUseVerificationToken($identifier: String!, $token: String!) {\n    authUseVerificationToken(identifier: $identifier, token: $token) {\n      identifier\n      expires\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSignInLink($email: String!, $url: String!) {\n    sendSignInLink(email: $email, url: $url)\n  }\n"): (typeof documents)["\n  mutation SendSignInLink($email: String!, $url: String!) {\n    sendSignInLink(email: $email, url: $url)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      name\n      organizations {\n        slug\n        name\n        kind\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      name\n      organizations {\n        slug\n        name\n        kind\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingOverview {\n    billingOverview {\n      configured\n      canSubscribe\n      canManage\n      entitlement {\n        access\n        reason\n        trialEndsAt\n        graceEndsAt\n      }\n      subscription {\n        plan\n        status\n        quantity\n        trialEndsAt\n        currentPeriodEndsAt\n        cancelAtPeriodEnd\n      }\n      usage {\n        coaches\n        activeClients\n      }\n      plans {\n        plan\n        seatBasis\n        quantity\n        fits\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingOverview {\n    billingOverview {\n      configured\n      canSubscribe\n      canManage\n      entitlement {\n        access\n        reason\n        trialEndsAt\n        graceEndsAt\n      }\n      subscription {\n        plan\n        status\n        quantity\n        trialEndsAt\n        currentPeriodEndsAt\n        cancelAtPeriodEnd\n      }\n      usage {\n        coaches\n        activeClients\n      }\n      plans {\n        plan\n        seatBasis\n        quantity\n        fits\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entitlement {\n    entitlement {\n      access\n      reason\n      graceEndsAt\n    }\n  }\n"): (typeof documents)["\n  query Entitlement {\n    entitlement {\n      access\n      reason\n      graceEndsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation StartCheckout($input: StartCheckoutInput!) {\n    startCheckout(input: $input) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation OpenBillingPortal {\n    openBillingPortal {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicOrganization($slug: String!) {\n    organization(slug: $slug) {\n      name\n      slug\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PublicOrganization($slug: String!) {\n    organization(slug: $slug) {\n      name\n      slug\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications($clientId: ID!, $after: String) {\n    applications(first: 100, after: $after, filter: { clientId: $clientId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          source\n          appliedOn\n          stage\n          interviewRound\n          lastActivityAt\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications($clientId: ID!, $after: String) {\n    applications(first: 100, after: $after, filter: { clientId: $clientId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          source\n          appliedOn\n          stage\n          interviewRound\n          lastActivityAt\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      source\n      appliedOn\n      postingUrl\n      stage\n      interviewRound\n      furthestStage\n      furthestInterviewRound\n      version\n      stageHistory {\n        id\n        toStage\n        interviewRound\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      source\n      appliedOn\n      postingUrl\n      stage\n      interviewRound\n      furthestStage\n      furthestInterviewRound\n      version\n      stageHistory {\n        id\n        toStage\n        interviewRound\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMyApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      company\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMyApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      company\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      id\n      company\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyApplication($input: UpdateApplicationInput!) {\n    updateApplication(input: $input) {\n      id\n      company\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMyApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      company\n      stage\n      interviewRound\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMyApplication($input: MoveApplicationInput!) {\n    moveApplication(input: $input) {\n      id\n      company\n      stage\n      interviewRound\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      note\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      note\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyDeletion($input: RequestDeletionInput) {\n    requestDeletion(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMyDeletion($input: RequestDeletionInput) {\n    requestDeletion(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMyDeletion {\n    withdrawDeletionRequest\n  }\n"): (typeof documents)["\n  mutation WithdrawMyDeletion {\n    withdrawDeletionRequest\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExercises($clientId: ID!) {\n    exerciseAssignments(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          title\n          purpose\n          estimatedMinutes\n          status\n          dueOn\n          overdue\n          coachComment\n          submittedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyExercises($clientId: ID!) {\n    exerciseAssignments(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          title\n          purpose\n          estimatedMinutes\n          status\n          dueOn\n          overdue\n          coachComment\n          submittedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExercise($id: ID!) {\n    exerciseAssignment(id: $id) {\n      id\n      title\n      purpose\n      estimatedMinutes\n      status\n      dueOn\n      overdue\n      version\n      coachComment\n      reviewedAt\n      submittedAt\n      prompts {\n        key\n        type\n        label\n        help\n        required\n        options\n        min\n        max\n        minLabel\n        maxLabel\n      }\n      answers {\n        promptKey\n        text\n        number\n        choices\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyExercise($id: ID!) {\n    exerciseAssignment(id: $id) {\n      id\n      title\n      purpose\n      estimatedMinutes\n      status\n      dueOn\n      overdue\n      version\n      coachComment\n      reviewedAt\n      submittedAt\n      prompts {\n        key\n        type\n        label\n        help\n        required\n        options\n        min\n        max\n        minLabel\n        maxLabel\n      }\n      answers {\n        promptKey\n        text\n        number\n        choices\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyExerciseDraft($input: SaveExerciseAnswersInput!) {\n    saveExerciseDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyExerciseDraft($input: SaveExerciseAnswersInput!) {\n    saveExerciseDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMyExercise($input: SaveExerciseAnswersInput!) {\n    submitExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMyExercise($input: SaveExerciseAnswersInput!) {\n    submitExercise(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeedbackRequests($clientId: ID!) {\n    feedbackRequests(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          recipientRole\n          recipientName\n          sentOn\n          followUpOn\n          followedUpOn\n          answeredOn\n          answerText\n          followUpDue\n          version\n          rejection {\n            id\n            effectiveReason\n            application {\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFeedbackRequests($clientId: ID!) {\n    feedbackRequests(first: 100, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          recipientRole\n          recipientName\n          sentOn\n          followUpOn\n          followedUpOn\n          answeredOn\n          answerText\n          followUpDue\n          version\n          rejection {\n            id\n            effectiveReason\n            application {\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      rejection {\n        application {\n          company\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      rejection {\n        application {\n          company\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerMyFeedbackRequest($input: RecordFeedbackAnswerInput!) {\n    recordFeedbackAnswer(input: $input) {\n      id\n      status\n      rejection {\n        effectiveReason\n        application {\n          company\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerMyFeedbackRequest($input: RecordFeedbackAnswerInput!) {\n    recordFeedbackAnswer(input: $input) {\n      id\n      status\n      rejection {\n        effectiveReason\n        application {\n          company\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceHome($clientId: ID!) {\n    openExercises: exerciseAssignments(\n      first: 50\n      filter: { clientId: $clientId, statuses: [ASSIGNED, IN_PROGRESS] }\n    ) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n          overdue\n        }\n      }\n    }\n    doneExercises: exerciseAssignments(\n      first: 20\n      filter: { clientId: $clientId, statuses: [SUBMITTED, REVIEWED] }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n    feedbackRequests(first: 50, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          followUpDue\n          followUpOn\n          answeredOn\n          createdAt\n          rejection {\n            id\n            application {\n              id\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(clientId: $clientId) {\n      items {\n        id\n        title\n        status\n        owner\n        dueOn\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 5) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceHome($clientId: ID!) {\n    openExercises: exerciseAssignments(\n      first: 50\n      filter: { clientId: $clientId, statuses: [ASSIGNED, IN_PROGRESS] }\n    ) {\n      edges {\n        node {\n          id\n          title\n          dueOn\n          status\n          overdue\n        }\n      }\n    }\n    doneExercises: exerciseAssignments(\n      first: 20\n      filter: { clientId: $clientId, statuses: [SUBMITTED, REVIEWED] }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n    feedbackRequests(first: 50, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          status\n          followUpDue\n          followUpOn\n          answeredOn\n          createdAt\n          rejection {\n            id\n            application {\n              id\n              company\n              roleTitle\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(clientId: $clientId) {\n      items {\n        id\n        title\n        status\n        owner\n        dueOn\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 5) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceHistory($clientId: ID!) {\n    applications(first: 100, filter: { clientId: $clientId }) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          appliedOn\n          stage\n          furthestStage\n          lastActivityAt\n        }\n      }\n    }\n    rejections(first: 20, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          rejectedOn\n          checkIn\n          createdAt\n          application {\n            id\n            company\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceHistory($clientId: ID!) {\n    applications(first: 100, filter: { clientId: $clientId }) {\n      totalCount\n      edges {\n        node {\n          id\n          company\n          roleTitle\n          appliedOn\n          stage\n          furthestStage\n          lastActivityAt\n        }\n      }\n    }\n    rejections(first: 20, filter: { clientId: $clientId }) {\n      edges {\n        node {\n          id\n          rejectedOn\n          checkIn\n          createdAt\n          application {\n            id\n            company\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOnboarding {\n    myOnboarding {\n      clientId\n      version\n      stage\n      targetRoles\n      locations\n      availability\n      workAuthorization\n      resumeUrl\n      consentVersion\n      consentAt\n      consentText\n      currentConsentVersion\n      checklist {\n        key\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOnboarding {\n    myOnboarding {\n      clientId\n      version\n      stage\n      targetRoles\n      locations\n      availability\n      workAuthorization\n      resumeUrl\n      consentVersion\n      consentAt\n      consentText\n      currentConsentVersion\n      checklist {\n        key\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyOnboarding($input: UpdateMyOnboardingInput!) {\n    updateMyOnboarding(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyOnboarding($input: UpdateMyOnboardingInput!) {\n    updateMyOnboarding(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlan($clientId: ID!) {\n    improvementPlan(clientId: $clientId) {\n      goals {\n        id\n        title\n      }\n      items {\n        id\n        title\n        category\n        status\n        owner\n        dueOn\n        evidence\n        goalId\n        version\n        createdBySide\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 15) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlan($clientId: ID!) {\n    improvementPlan(clientId: $clientId) {\n      goals {\n        id\n        title\n      }\n      items {\n        id\n        title\n        category\n        status\n        owner\n        dueOn\n        evidence\n        goalId\n        version\n        createdBySide\n        comments {\n          id\n          authorName\n          body\n          createdAt\n        }\n      }\n      progress {\n        done\n        total\n      }\n    }\n    planActivity(clientId: $clientId, first: 15) {\n      edges {\n        node {\n          id\n          action\n          actorName\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPlanItem($input: UpdatePlanItemInput!) {\n    updatePlanItem(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnMyPlanItem($input: CommentOnPlanItemInput!) {\n    commentOnPlanItem(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnMyPlanItem($input: CommentOnPlanItemInput!) {\n    commentOnPlanItem(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyPlanItem($input: AddPlanItemInput!) {\n    addPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddMyPlanItem($input: AddPlanItemInput!) {\n    addPlanItem(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RejectionFlowApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      stage\n      version\n      furthestStage\n      furthestInterviewRound\n      rejection {\n        id\n        version\n        rejectedOn\n        stageReached\n        endedBy\n        automated\n        employerReason\n        clientViewReason\n        checkIn\n        clientNotes\n        feedbackRequestSuggested\n        latestFeedbackRequest {\n          id\n          status\n          recipientName\n          recipientRole\n          followUpOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RejectionFlowApplication($id: ID!) {\n    application(id: $id) {\n      id\n      company\n      roleTitle\n      stage\n      version\n      furthestStage\n      furthestInterviewRound\n      rejection {\n        id\n        version\n        rejectedOn\n        stageReached\n        endedBy\n        automated\n        employerReason\n        clientViewReason\n        checkIn\n        clientNotes\n        feedbackRequestSuggested\n        latestFeedbackRequest {\n          id\n          status\n          recipientName\n          recipientRole\n          followUpOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestFromRejectionEmail($text: String!) {\n    suggestFromRejectionEmail(text: $text) {\n      isRejection\n      automated\n      reason {\n        value\n        phrase\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestFromRejectionEmail($text: String!) {\n    suggestFromRejectionEmail(text: $text) {\n      isRejection\n      automated\n      reason {\n        value\n        phrase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMyRejection($input: RecordRejectionInput!) {\n    recordRejection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMyRejection($input: RecordRejectionInput!) {\n    recordRejection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyRejection($input: UpdateRejectionInput!) {\n    updateRejection(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyRejection($input: UpdateRejectionInput!) {\n    updateRejection(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMyFeedbackRequest($input: CreateFeedbackRequestInput!) {\n    createFeedbackRequest(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMyFeedbackRequest($input: CreateFeedbackRequestInput!) {\n    createFeedbackRequest(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      followUpOn\n    }\n  }\n"): (typeof documents)["\n  mutation SendMyFeedbackRequest($input: AdvanceFeedbackRequestInput!) {\n    advanceFeedbackRequest(input: $input) {\n      id\n      status\n      followUpOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClient {\n    clients(first: 1) {\n      edges {\n        node {\n          id\n          name\n          version\n          coaches {\n            name\n            primary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyClient {\n    clients(first: 1) {\n      edges {\n        node {\n          id\n          name\n          version\n          coaches {\n            name\n            primary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          name\n          email\n          role\n          status\n          joinedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Members($after: String) {\n    members(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          name\n          email\n          role\n          status\n          joinedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          invitedByName\n          expiresAt\n          lastSentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations(first: 100) {\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          invitedByName\n          expiresAt\n          lastSentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingDeletionRequests {\n    deletionRequests(first: 100) {\n      edges {\n        node {\n          id\n          clientName\n          note\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingDeletionRequests {\n    deletionRequests(first: 100) {\n      edges {\n        node {\n          id\n          clientName\n          note\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmDeletionRequest($id: ID!) {\n    confirmDeletionRequest(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConfirmDeletionRequest($id: ID!) {\n    confirmDeletionRequest(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DevOutbox {\n    devOutbox(first: 50) {\n      id\n      to\n      subject\n      text\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organization {\n        slug\n        name\n        kind\n      }\n      email\n      role\n      status\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organization {\n        slug\n        name\n        kind\n      }\n      email\n      role\n      status\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      slug\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;