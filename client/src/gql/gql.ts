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
    "\n  fragment AdminUserRow on User {\n    id\n    version\n    username\n    fullName\n    title\n    role\n    active\n    awaitingConfirmation\n    mustChangePassword\n    agency {\n      id\n      shortName\n      name\n    }\n  }\n": typeof types.AdminUserRowFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminUserRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...AdminUserRow\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateAgencyDocument,
    "\n  query AdminAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      name\n      shortName\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.AdminAgencyDocument,
    "\n  mutation AdminUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        id\n        version\n        name\n        shortName\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdminUpdateAgencyDocument,
    "\n  fragment AuditRow on AuditRecord {\n    id\n    at\n    action\n    actor {\n      id\n      username\n      fullName\n    }\n    subjectType\n    subjectId\n    subjectLabel\n    details\n    chainIntact\n  }\n": typeof types.AuditRowFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AuditRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      brokenAtId\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  query AwaitingSigning {\n    signingOfficialsAwaitingConfirmation {\n      id\n      fullName\n      title\n      username\n      agency {\n        id\n        shortName\n      }\n    }\n  }\n": typeof types.AwaitingSigningDocument,
    "\n  mutation ConfirmSigningOfficial($input: ConfirmSigningOfficialInput!) {\n    confirmSigningOfficial(input: $input) {\n      id\n      awaitingConfirmation\n    }\n  }\n": typeof types.ConfirmSigningOfficialDocument,
    "\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n": typeof types.AgencyListItemFragmentDoc,
    "\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AgencyDirectoryDocument,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": typeof types.AgencyDetailDocument,
    "\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AgencyChangedDocument,
    "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n        actingRole\n      }\n    }\n  }\n": typeof types.AgencyMembersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n      capabilities {\n        readWholeProvince\n        assignTasks\n        closeQuarters\n        recordMeetings\n        publishConclusions\n        submitProposals\n        decideProposals\n        signDecisions\n        confirmSigningOfficials\n        manageAgencies\n        manageUsers\n        administer\n        delegablePowers\n        delegatedPowers\n      }\n      mustChangePassword\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment DashboardGroupCounts on TaskGroupCounts {\n    total\n    completed\n    completedOnTime\n    completedLate\n    notDoneWithinDeadline\n    notDoneOverdue\n  }\n": typeof types.DashboardGroupCountsFragmentDoc,
    "\n  fragment DashboardAgency on AgencySummary {\n    id\n    code\n    name\n    shortName\n  }\n": typeof types.DashboardAgencyFragmentDoc,
    "\n  fragment DashboardStatisticsFields on QuarterStatistics {\n    asOf\n    period {\n      year\n      quarter\n    }\n    agency {\n      ...DashboardAgency\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byCategory {\n      category\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byDomain {\n      domain\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgency {\n      agency {\n        ...DashboardAgency\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgencyTree {\n      agency {\n        ...DashboardAgency\n      }\n      parentId\n      counts {\n        ...DashboardGroupCounts\n      }\n      ownCounts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n": typeof types.DashboardStatisticsFieldsFragmentDoc,
    "\n  fragment DashboardTrendPoint on QuarterTrendPoint {\n    period {\n      year\n      quarter\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byAgency {\n      agency {\n        id\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n": typeof types.DashboardTrendPointFragmentDoc,
    "\n  fragment DashboardTaskRow on Task {\n    id\n    code\n    title\n    category\n    domain\n    dueDate\n    completedOn\n    status\n    group\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.DashboardTaskRowFragmentDoc,
    "\n  query DashboardQuarters {\n    currentQuarter {\n      year\n      quarter\n    }\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n  }\n": typeof types.DashboardQuartersDocument,
    "\n  query DashboardStatistics($period: QuarterInput!, $asOf: LocalDate, $agencyId: ID) {\n    taskStatistics(period: $period, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardStatisticsFields\n    }\n  }\n": typeof types.DashboardStatisticsDocument,
    "\n  query DashboardTrend($until: QuarterInput!, $quarters: Int!, $asOf: LocalDate, $agencyId: ID) {\n    taskTrend(until: $until, quarters: $quarters, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardTrendPoint\n    }\n  }\n": typeof types.DashboardTrendDocument,
    "\n  query DashboardTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...DashboardTaskRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DashboardTasksDocument,
    "\n  query DashboardTaskEventCursor {\n    taskEventCursor\n  }\n": typeof types.DashboardTaskEventCursorDocument,
    "\n  subscription DashboardTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": typeof types.DashboardTaskFeedDocument,
    "\n  fragment DecisionListItem on Decision {\n    id\n    numberText\n    kind\n    outcome\n    title\n    signedAt\n    totalGranted\n  }\n": typeof types.DecisionListItemFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    numberText\n    kind\n    outcome\n    title\n    lines {\n      itemId\n      kind\n      description\n      unit\n      requestedQuantity\n      requestedAmount\n      grantedQuantity\n      grantedAmount\n    }\n    totalRequested\n    totalGranted\n    conditions\n    signer {\n      id\n      fullName\n      title\n    }\n    signerName\n    signerTitle\n    signingForm\n    onBehalfOf {\n      id\n      fullName\n    }\n    signedAt\n    effectiveDate\n    issuerName\n    place\n    proposalId\n    amends {\n      id\n      numberText\n      kind\n    }\n    amendedBy {\n      id\n      numberText\n      kind\n    }\n    signedDocument {\n      sha256\n      signerName\n      signedAt\n      certificateSubject\n    }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query DecisionRegister($year: Int, $search: String, $first: Int!, $after: String) {\n    decisions(year: $year, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DecisionListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DecisionRegisterDocument,
    "\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      proposalReadable\n    }\n  }\n": typeof types.DecisionDetailDocument,
    "\n  mutation AmendDecision($input: AmendDecisionInput!) {\n    amendDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": typeof types.AmendDecisionDocument,
    "\n  mutation RevokeDecision($input: RevokeDecisionInput!) {\n    revokeDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": typeof types.RevokeDecisionDocument,
    "\n  fragment DelegationFields on Delegation {\n    id\n    status\n    form\n    formText\n    powers\n    startsOn\n    endsOn\n    revokedAt\n    grantor {\n      id\n      fullName\n      title\n    }\n    delegate {\n      id\n      fullName\n      title\n    }\n  }\n": typeof types.DelegationFieldsFragmentDoc,
    "\n  query MyDelegations {\n    myDelegations {\n      given {\n        ...DelegationFields\n      }\n      received {\n        ...DelegationFields\n      }\n    }\n    me {\n      id\n      agency {\n        id\n        members {\n          id\n          fullName\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyDelegationsDocument,
    "\n  mutation DelegatePowers($input: DelegatePowersInput!) {\n    delegatePowers(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n": typeof types.DelegatePowersDocument,
    "\n  mutation RevokeDelegation($input: RevokeDelegationInput!) {\n    revokeDelegation(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n": typeof types.RevokeDelegationDocument,
    "\n  fragment TaskRefFields on TaskRef {\n    id\n    code\n    title\n    status\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.TaskRefFieldsFragmentDoc,
    "\n  fragment TaskNameFields on Task {\n    id\n    code\n    title\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.TaskNameFieldsFragmentDoc,
    "\n  query LinkableTasks {\n    tasks(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          ...TaskNameFields\n        }\n      }\n    }\n  }\n": typeof types.LinkableTasksDocument,
    "\n  fragment LinkedRequestFields on CoordinationRequest {\n    id\n    code\n    title\n  }\n": typeof types.LinkedRequestFieldsFragmentDoc,
    "\n  query LinkableRequests($search: String!) {\n    requests(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...LinkedRequestFields\n        }\n      }\n    }\n  }\n": typeof types.LinkableRequestsDocument,
    "\n  query LinkedRequest($id: ID!) {\n    request(id: $id) {\n      ...LinkedRequestFields\n    }\n  }\n": typeof types.LinkedRequestDocument,
    "\n  fragment MeetingListItem on Meeting {\n    id\n    title\n    heldOn\n    status\n    conclusionCode\n    chair {\n      id\n      fullName\n      title\n    }\n    reviewedAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.MeetingListItemFragmentDoc,
    "\n  fragment MeetingDetailFields on Meeting {\n    ...MeetingListItem\n    version\n    allowedActions\n    attendees\n    attendingAgencies {\n      id\n      name\n      shortName\n    }\n    summary\n    conclusion\n    createdAt\n    publishedOn\n    publishedBy {\n      id\n      fullName\n      title\n    }\n    directives {\n      id\n      position\n      content\n      kind\n      category\n      domain\n      dueDate\n      taskId\n      requestId\n      period {\n        year\n        quarter\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n      supportingAgencies {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": typeof types.MeetingDetailFieldsFragmentDoc,
    "\n  query MeetingList($first: Int!, $after: String) {\n    meetings(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MeetingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MeetingListDocument,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": typeof types.MeetingDetailDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeetingDraft($input: UpdateMeetingDraftInput!) {\n    updateMeetingDraft(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n": typeof types.UpdateMeetingDraftDocument,
    "\n  mutation PublishConclusion($input: PublishConclusionInput!) {\n    publishConclusion(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n": typeof types.PublishConclusionDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          messageKey\n          messageParams {\n            name\n            value\n          }\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n": typeof types.NotificationCountChangedDocument,
    "\n  fragment ProposalListItem on Proposal {\n    id\n    code\n    title\n    status\n    fiscalYear\n    totalAmount\n    submittedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.ProposalListItemFragmentDoc,
    "\n  fragment ProposalItemFields on ProposalItem {\n    id\n    kind\n    description\n    quantity\n    unit\n    amount\n    justification\n  }\n": typeof types.ProposalItemFieldsFragmentDoc,
    "\n  fragment ProposalDetailFields on Proposal {\n    id\n    code\n    status\n    revision\n    returnReason\n    title\n    rationale\n    fiscalYear\n    version\n    allowedActions\n    appraisingAgencyId\n    createdAt\n    submittedAt\n    decidedAt\n    lastActivityAt\n    linkedRequestIds\n    linkedTaskIds\n    linkedTasks {\n      ...TaskRefFields\n    }\n    totalAmount\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    items {\n      ...ProposalItemFields\n    }\n    appraisals {\n      agency {\n        id\n        name\n        shortName\n      }\n      kinds\n      opinion\n      comment\n      recommendations {\n        itemId\n        amount\n        quantity\n      }\n      appraisedBy {\n        id\n        fullName\n        title\n      }\n      appraisedAt\n    }\n    revisions {\n      number\n      title\n      rationale\n      fiscalYear\n      totalAmount\n      submittedAt\n      items {\n        ...ProposalItemFields\n      }\n    }\n    decisions {\n      id\n      numberText\n      kind\n      outcome\n      title\n      signedAt\n      totalGranted\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ProposalDetailFieldsFragmentDoc,
    "\n  query ProposalList($filter: ProposalFilter, $first: Int!, $after: String) {\n    proposals(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProposalListDocument,
    "\n  query ProposalEventCursor {\n    proposalEventCursor\n  }\n": typeof types.ProposalEventCursorDocument,
    "\n  subscription ProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n": typeof types.ProposalFeedDocument,
    "\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetailFields\n    }\n  }\n": typeof types.ProposalDetailDocument,
    "\n  subscription ProposalChanged($id: ID!, $after: ID) {\n    proposalChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.ProposalChangedDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation UpdateProposalDraft($input: UpdateProposalDraftInput!) {\n    updateProposalDraft(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.UpdateProposalDraftDocument,
    "\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation AppraiseProposal($input: AppraiseProposalInput!) {\n    appraiseProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.AppraiseProposalDocument,
    "\n  mutation ReturnProposal($input: ProposalReasonInput!) {\n    returnProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.ReturnProposalDocument,
    "\n  mutation ReopenProposalAppraisal($input: ProposalReasonInput!) {\n    reopenProposalAppraisal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.ReopenProposalAppraisalDocument,
    "\n  mutation DecideProposal($input: DecideProposalInput!) {\n    decideProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": typeof types.DecideProposalDocument,
    "\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.RequestListItemFragmentDoc,
    "\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    actingAs {\n      id\n    }\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    directive {\n      meetingId\n      conclusionCode\n      content\n    }\n    linkedTasks {\n      ...TaskRefFields\n    }\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.RequestDetailFieldsFragmentDoc,
    "\n  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {\n    requests(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RequestListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RequestListDocument,
    "\n  query RequestEventCursor {\n    requestEventCursor\n  }\n": typeof types.RequestEventCursorDocument,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n": typeof types.RequestDetailDocument,
    "\n  subscription RequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.RequestFeedDocument,
    "\n  subscription RequestChanged($id: ID!, $after: ID) {\n    requestChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.RequestChangedDocument,
    "\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.CreateRequestDocument,
    "\n  mutation UpdateRequestDraft($input: UpdateRequestDraftInput!) {\n    updateRequestDraft(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.UpdateRequestDraftDocument,
    "\n  mutation SubmitRequest($input: RequestActionInput!) {\n    submitRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  mutation AcknowledgeRequest($input: RequestActionInput!) {\n    acknowledgeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.AcknowledgeRequestDocument,
    "\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.AssignRequestDocument,
    "\n  mutation RespondToRequest($input: RequestTextInput!) {\n    respondToRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.RespondToRequestDocument,
    "\n  mutation DeclineRequest($input: RequestTextInput!) {\n    declineRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.DeclineRequestDocument,
    "\n  mutation CloseRequest($input: OptionalTextInput!) {\n    closeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.CloseRequestDocument,
    "\n  mutation ReopenRequest($input: RequestTextInput!) {\n    reopenRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.ReopenRequestDocument,
    "\n  mutation WithdrawRequest($input: OptionalTextInput!) {\n    withdrawRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.WithdrawRequestDocument,
    "\n  mutation EscalateRequest($input: RequestTextInput!) {\n    escalateRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.EscalateRequestDocument,
    "\n  mutation ResolveRequestEscalation($input: ResolveEscalationInput!) {\n    resolveRequestEscalation(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.ResolveRequestEscalationDocument,
    "\n  mutation CommentOnRequest($input: CommentOnRequestInput!) {\n    commentOnRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": typeof types.CommentOnRequestDocument,
    "\n  fragment TaskListItem on Task {\n    ...TaskNameFields\n    category\n    domain\n    status\n    group\n    progressPercent\n  }\n": typeof types.TaskListItemFragmentDoc,
    "\n  fragment TaskDetailFields on Task {\n    ...TaskListItem\n    description\n    version\n    allowedActions\n    assignedOn\n    completedOn\n    cancelledOn\n    cancelReason\n    carriedOverOn\n    lastActivityAt\n    linkedRequestIds\n    assignedBy {\n      id\n      fullName\n      title\n    }\n    directive {\n      directiveId\n      meetingId\n      conclusionCode\n      heldOn\n      content\n    }\n    carriedFrom {\n      ...TaskRefFields\n    }\n    carriedTo {\n      ...TaskRefFields\n    }\n    progressReports {\n      percent\n      note\n      reportedAt\n      reportedBy {\n        id\n        fullName\n        title\n      }\n    }\n    linkedRequests {\n      id\n      code\n      title\n      status\n      dueDate\n    }\n    linkedProposals {\n      id\n      code\n      title\n      status\n      totalAmount\n      grantedAmount\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.TaskDetailFieldsFragmentDoc,
    "\n  fragment TaskQuarterFields on TaskQuarter {\n    closed\n    taskCount\n    period {\n      year\n      quarter\n    }\n  }\n": typeof types.TaskQuarterFieldsFragmentDoc,
    "\n  query TaskQuarters {\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n    currentQuarter {\n      year\n      quarter\n    }\n  }\n": typeof types.TaskQuartersDocument,
    "\n  query TaskList($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TaskListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TaskListDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskDetailFields\n    }\n  }\n": typeof types.TaskDetailDocument,
    "\n  query TaskEventCursor {\n    taskEventCursor\n  }\n": typeof types.TaskEventCursorDocument,
    "\n  subscription TaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n": typeof types.TaskFeedDocument,
    "\n  subscription TaskChanged($id: ID!, $after: ID) {\n    taskChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.TaskChangedDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.AssignTaskDocument,
    "\n  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.ReportTaskProgressDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation ReopenTask($input: TaskReasonInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.ReopenTaskDocument,
    "\n  mutation CancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.CancelTaskDocument,
    "\n  mutation LinkTaskRequests($input: LinkTaskRequestsInput!) {\n    linkTaskRequests(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": typeof types.LinkTaskRequestsDocument,
    "\n  mutation CloseQuarter($input: CloseQuarterInput!) {\n    closeQuarter(input: $input) {\n      period {\n        year\n        quarter\n      }\n      carriedOver {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CloseQuarterDocument,
    "\n  fragment WorkQueueItemFields on WorkItem {\n    id\n    kind\n    message\n    messageKey\n    messageParams {\n      name\n      value\n    }\n    record {\n      kind\n      id\n      code\n      title\n    }\n    dueDate\n    overdue\n    dueSoon\n    since\n    path\n  }\n": typeof types.WorkQueueItemFieldsFragmentDoc,
    "\n  fragment WorkQueueCountsFields on WorkQueueCounts {\n    requests\n    proposals\n    tasks\n    meetings\n    notifications\n    total\n  }\n": typeof types.WorkQueueCountsFieldsFragmentDoc,
    "\n  query WorkQueue {\n    workQueue {\n      itemsPerSection\n      counts {\n        ...WorkQueueCountsFields\n      }\n      items {\n        ...WorkQueueItemFields\n      }\n    }\n  }\n": typeof types.WorkQueueDocument,
    "\n  query WorkQueueRequestCursor {\n    requestEventCursor\n  }\n": typeof types.WorkQueueRequestCursorDocument,
    "\n  subscription WorkQueueRequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": typeof types.WorkQueueRequestFeedDocument,
    "\n  query WorkQueueProposalCursor {\n    proposalEventCursor\n  }\n": typeof types.WorkQueueProposalCursorDocument,
    "\n  subscription WorkQueueProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": typeof types.WorkQueueProposalFeedDocument,
    "\n  query WorkQueueTaskCursor {\n    taskEventCursor\n  }\n": typeof types.WorkQueueTaskCursorDocument,
    "\n  subscription WorkQueueTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": typeof types.WorkQueueTaskFeedDocument,
    "\n  subscription WorkQueueNotificationTicks {\n    notificationCountChanged\n  }\n": typeof types.WorkQueueNotificationTicksDocument,
    "\n  mutation WorkQueueMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.WorkQueueMarkReadDocument,
};
const documents: Documents = {
    "\n  fragment AdminUserRow on User {\n    id\n    version\n    username\n    fullName\n    title\n    role\n    active\n    awaitingConfirmation\n    mustChangePassword\n    agency {\n      id\n      shortName\n      name\n    }\n  }\n": types.AdminUserRowFragmentDoc,
    "\n  query AdminUsers($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminUserRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...AdminUserRow\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n": types.AdminCreateAgencyDocument,
    "\n  query AdminAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      name\n      shortName\n      parent {\n        id\n      }\n    }\n  }\n": types.AdminAgencyDocument,
    "\n  mutation AdminUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        id\n        version\n        name\n        shortName\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.AdminUpdateAgencyDocument,
    "\n  fragment AuditRow on AuditRecord {\n    id\n    at\n    action\n    actor {\n      id\n      username\n      fullName\n    }\n    subjectType\n    subjectId\n    subjectLabel\n    details\n    chainIntact\n  }\n": types.AuditRowFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AuditRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      brokenAtId\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  query AwaitingSigning {\n    signingOfficialsAwaitingConfirmation {\n      id\n      fullName\n      title\n      username\n      agency {\n        id\n        shortName\n      }\n    }\n  }\n": types.AwaitingSigningDocument,
    "\n  mutation ConfirmSigningOfficial($input: ConfirmSigningOfficialInput!) {\n    confirmSigningOfficial(input: $input) {\n      id\n      awaitingConfirmation\n    }\n  }\n": types.ConfirmSigningOfficialDocument,
    "\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n": types.AgencyListItemFragmentDoc,
    "\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AgencyDirectoryDocument,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": types.AgencyDetailDocument,
    "\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.AgencyChangedDocument,
    "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n        actingRole\n      }\n    }\n  }\n": types.AgencyMembersDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n      capabilities {\n        readWholeProvince\n        assignTasks\n        closeQuarters\n        recordMeetings\n        publishConclusions\n        submitProposals\n        decideProposals\n        signDecisions\n        confirmSigningOfficials\n        manageAgencies\n        manageUsers\n        administer\n        delegablePowers\n        delegatedPowers\n      }\n      mustChangePassword\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      expiresAt\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment DashboardGroupCounts on TaskGroupCounts {\n    total\n    completed\n    completedOnTime\n    completedLate\n    notDoneWithinDeadline\n    notDoneOverdue\n  }\n": types.DashboardGroupCountsFragmentDoc,
    "\n  fragment DashboardAgency on AgencySummary {\n    id\n    code\n    name\n    shortName\n  }\n": types.DashboardAgencyFragmentDoc,
    "\n  fragment DashboardStatisticsFields on QuarterStatistics {\n    asOf\n    period {\n      year\n      quarter\n    }\n    agency {\n      ...DashboardAgency\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byCategory {\n      category\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byDomain {\n      domain\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgency {\n      agency {\n        ...DashboardAgency\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgencyTree {\n      agency {\n        ...DashboardAgency\n      }\n      parentId\n      counts {\n        ...DashboardGroupCounts\n      }\n      ownCounts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n": types.DashboardStatisticsFieldsFragmentDoc,
    "\n  fragment DashboardTrendPoint on QuarterTrendPoint {\n    period {\n      year\n      quarter\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byAgency {\n      agency {\n        id\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n": types.DashboardTrendPointFragmentDoc,
    "\n  fragment DashboardTaskRow on Task {\n    id\n    code\n    title\n    category\n    domain\n    dueDate\n    completedOn\n    status\n    group\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.DashboardTaskRowFragmentDoc,
    "\n  query DashboardQuarters {\n    currentQuarter {\n      year\n      quarter\n    }\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n  }\n": types.DashboardQuartersDocument,
    "\n  query DashboardStatistics($period: QuarterInput!, $asOf: LocalDate, $agencyId: ID) {\n    taskStatistics(period: $period, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardStatisticsFields\n    }\n  }\n": types.DashboardStatisticsDocument,
    "\n  query DashboardTrend($until: QuarterInput!, $quarters: Int!, $asOf: LocalDate, $agencyId: ID) {\n    taskTrend(until: $until, quarters: $quarters, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardTrendPoint\n    }\n  }\n": types.DashboardTrendDocument,
    "\n  query DashboardTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...DashboardTaskRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DashboardTasksDocument,
    "\n  query DashboardTaskEventCursor {\n    taskEventCursor\n  }\n": types.DashboardTaskEventCursorDocument,
    "\n  subscription DashboardTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": types.DashboardTaskFeedDocument,
    "\n  fragment DecisionListItem on Decision {\n    id\n    numberText\n    kind\n    outcome\n    title\n    signedAt\n    totalGranted\n  }\n": types.DecisionListItemFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    numberText\n    kind\n    outcome\n    title\n    lines {\n      itemId\n      kind\n      description\n      unit\n      requestedQuantity\n      requestedAmount\n      grantedQuantity\n      grantedAmount\n    }\n    totalRequested\n    totalGranted\n    conditions\n    signer {\n      id\n      fullName\n      title\n    }\n    signerName\n    signerTitle\n    signingForm\n    onBehalfOf {\n      id\n      fullName\n    }\n    signedAt\n    effectiveDate\n    issuerName\n    place\n    proposalId\n    amends {\n      id\n      numberText\n      kind\n    }\n    amendedBy {\n      id\n      numberText\n      kind\n    }\n    signedDocument {\n      sha256\n      signerName\n      signedAt\n      certificateSubject\n    }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query DecisionRegister($year: Int, $search: String, $first: Int!, $after: String) {\n    decisions(year: $year, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DecisionListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DecisionRegisterDocument,
    "\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      proposalReadable\n    }\n  }\n": types.DecisionDetailDocument,
    "\n  mutation AmendDecision($input: AmendDecisionInput!) {\n    amendDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": types.AmendDecisionDocument,
    "\n  mutation RevokeDecision($input: RevokeDecisionInput!) {\n    revokeDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n": types.RevokeDecisionDocument,
    "\n  fragment DelegationFields on Delegation {\n    id\n    status\n    form\n    formText\n    powers\n    startsOn\n    endsOn\n    revokedAt\n    grantor {\n      id\n      fullName\n      title\n    }\n    delegate {\n      id\n      fullName\n      title\n    }\n  }\n": types.DelegationFieldsFragmentDoc,
    "\n  query MyDelegations {\n    myDelegations {\n      given {\n        ...DelegationFields\n      }\n      received {\n        ...DelegationFields\n      }\n    }\n    me {\n      id\n      agency {\n        id\n        members {\n          id\n          fullName\n          title\n        }\n      }\n    }\n  }\n": types.MyDelegationsDocument,
    "\n  mutation DelegatePowers($input: DelegatePowersInput!) {\n    delegatePowers(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n": types.DelegatePowersDocument,
    "\n  mutation RevokeDelegation($input: RevokeDelegationInput!) {\n    revokeDelegation(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n": types.RevokeDelegationDocument,
    "\n  fragment TaskRefFields on TaskRef {\n    id\n    code\n    title\n    status\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.TaskRefFieldsFragmentDoc,
    "\n  fragment TaskNameFields on Task {\n    id\n    code\n    title\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.TaskNameFieldsFragmentDoc,
    "\n  query LinkableTasks {\n    tasks(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          ...TaskNameFields\n        }\n      }\n    }\n  }\n": types.LinkableTasksDocument,
    "\n  fragment LinkedRequestFields on CoordinationRequest {\n    id\n    code\n    title\n  }\n": types.LinkedRequestFieldsFragmentDoc,
    "\n  query LinkableRequests($search: String!) {\n    requests(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...LinkedRequestFields\n        }\n      }\n    }\n  }\n": types.LinkableRequestsDocument,
    "\n  query LinkedRequest($id: ID!) {\n    request(id: $id) {\n      ...LinkedRequestFields\n    }\n  }\n": types.LinkedRequestDocument,
    "\n  fragment MeetingListItem on Meeting {\n    id\n    title\n    heldOn\n    status\n    conclusionCode\n    chair {\n      id\n      fullName\n      title\n    }\n    reviewedAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.MeetingListItemFragmentDoc,
    "\n  fragment MeetingDetailFields on Meeting {\n    ...MeetingListItem\n    version\n    allowedActions\n    attendees\n    attendingAgencies {\n      id\n      name\n      shortName\n    }\n    summary\n    conclusion\n    createdAt\n    publishedOn\n    publishedBy {\n      id\n      fullName\n      title\n    }\n    directives {\n      id\n      position\n      content\n      kind\n      category\n      domain\n      dueDate\n      taskId\n      requestId\n      period {\n        year\n        quarter\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n      supportingAgencies {\n        id\n        name\n        shortName\n      }\n    }\n  }\n": types.MeetingDetailFieldsFragmentDoc,
    "\n  query MeetingList($first: Int!, $after: String) {\n    meetings(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MeetingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MeetingListDocument,
    "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n": types.MeetingDetailDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeetingDraft($input: UpdateMeetingDraftInput!) {\n    updateMeetingDraft(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n": types.UpdateMeetingDraftDocument,
    "\n  mutation PublishConclusion($input: PublishConclusionInput!) {\n    publishConclusion(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n": types.PublishConclusionDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          messageKey\n          messageParams {\n            name\n            value\n          }\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n": types.NotificationCountChangedDocument,
    "\n  fragment ProposalListItem on Proposal {\n    id\n    code\n    title\n    status\n    fiscalYear\n    totalAmount\n    submittedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.ProposalListItemFragmentDoc,
    "\n  fragment ProposalItemFields on ProposalItem {\n    id\n    kind\n    description\n    quantity\n    unit\n    amount\n    justification\n  }\n": types.ProposalItemFieldsFragmentDoc,
    "\n  fragment ProposalDetailFields on Proposal {\n    id\n    code\n    status\n    revision\n    returnReason\n    title\n    rationale\n    fiscalYear\n    version\n    allowedActions\n    appraisingAgencyId\n    createdAt\n    submittedAt\n    decidedAt\n    lastActivityAt\n    linkedRequestIds\n    linkedTaskIds\n    linkedTasks {\n      ...TaskRefFields\n    }\n    totalAmount\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    items {\n      ...ProposalItemFields\n    }\n    appraisals {\n      agency {\n        id\n        name\n        shortName\n      }\n      kinds\n      opinion\n      comment\n      recommendations {\n        itemId\n        amount\n        quantity\n      }\n      appraisedBy {\n        id\n        fullName\n        title\n      }\n      appraisedAt\n    }\n    revisions {\n      number\n      title\n      rationale\n      fiscalYear\n      totalAmount\n      submittedAt\n      items {\n        ...ProposalItemFields\n      }\n    }\n    decisions {\n      id\n      numberText\n      kind\n      outcome\n      title\n      signedAt\n      totalGranted\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.ProposalDetailFieldsFragmentDoc,
    "\n  query ProposalList($filter: ProposalFilter, $first: Int!, $after: String) {\n    proposals(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProposalListDocument,
    "\n  query ProposalEventCursor {\n    proposalEventCursor\n  }\n": types.ProposalEventCursorDocument,
    "\n  subscription ProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n": types.ProposalFeedDocument,
    "\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetailFields\n    }\n  }\n": types.ProposalDetailDocument,
    "\n  subscription ProposalChanged($id: ID!, $after: ID) {\n    proposalChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.ProposalChangedDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation UpdateProposalDraft($input: UpdateProposalDraftInput!) {\n    updateProposalDraft(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.UpdateProposalDraftDocument,
    "\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation AppraiseProposal($input: AppraiseProposalInput!) {\n    appraiseProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.AppraiseProposalDocument,
    "\n  mutation ReturnProposal($input: ProposalReasonInput!) {\n    returnProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.ReturnProposalDocument,
    "\n  mutation ReopenProposalAppraisal($input: ProposalReasonInput!) {\n    reopenProposalAppraisal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.ReopenProposalAppraisalDocument,
    "\n  mutation DecideProposal($input: DecideProposalInput!) {\n    decideProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n": types.DecideProposalDocument,
    "\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.RequestListItemFragmentDoc,
    "\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    actingAs {\n      id\n    }\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    directive {\n      meetingId\n      conclusionCode\n      content\n    }\n    linkedTasks {\n      ...TaskRefFields\n    }\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n": types.RequestDetailFieldsFragmentDoc,
    "\n  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {\n    requests(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RequestListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RequestListDocument,
    "\n  query RequestEventCursor {\n    requestEventCursor\n  }\n": types.RequestEventCursorDocument,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n": types.RequestDetailDocument,
    "\n  subscription RequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.RequestFeedDocument,
    "\n  subscription RequestChanged($id: ID!, $after: ID) {\n    requestChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.RequestChangedDocument,
    "\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.CreateRequestDocument,
    "\n  mutation UpdateRequestDraft($input: UpdateRequestDraftInput!) {\n    updateRequestDraft(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.UpdateRequestDraftDocument,
    "\n  mutation SubmitRequest($input: RequestActionInput!) {\n    submitRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  mutation AcknowledgeRequest($input: RequestActionInput!) {\n    acknowledgeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.AcknowledgeRequestDocument,
    "\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.AssignRequestDocument,
    "\n  mutation RespondToRequest($input: RequestTextInput!) {\n    respondToRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.RespondToRequestDocument,
    "\n  mutation DeclineRequest($input: RequestTextInput!) {\n    declineRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.DeclineRequestDocument,
    "\n  mutation CloseRequest($input: OptionalTextInput!) {\n    closeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.CloseRequestDocument,
    "\n  mutation ReopenRequest($input: RequestTextInput!) {\n    reopenRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.ReopenRequestDocument,
    "\n  mutation WithdrawRequest($input: OptionalTextInput!) {\n    withdrawRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.WithdrawRequestDocument,
    "\n  mutation EscalateRequest($input: RequestTextInput!) {\n    escalateRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.EscalateRequestDocument,
    "\n  mutation ResolveRequestEscalation($input: ResolveEscalationInput!) {\n    resolveRequestEscalation(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.ResolveRequestEscalationDocument,
    "\n  mutation CommentOnRequest($input: CommentOnRequestInput!) {\n    commentOnRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n": types.CommentOnRequestDocument,
    "\n  fragment TaskListItem on Task {\n    ...TaskNameFields\n    category\n    domain\n    status\n    group\n    progressPercent\n  }\n": types.TaskListItemFragmentDoc,
    "\n  fragment TaskDetailFields on Task {\n    ...TaskListItem\n    description\n    version\n    allowedActions\n    assignedOn\n    completedOn\n    cancelledOn\n    cancelReason\n    carriedOverOn\n    lastActivityAt\n    linkedRequestIds\n    assignedBy {\n      id\n      fullName\n      title\n    }\n    directive {\n      directiveId\n      meetingId\n      conclusionCode\n      heldOn\n      content\n    }\n    carriedFrom {\n      ...TaskRefFields\n    }\n    carriedTo {\n      ...TaskRefFields\n    }\n    progressReports {\n      percent\n      note\n      reportedAt\n      reportedBy {\n        id\n        fullName\n        title\n      }\n    }\n    linkedRequests {\n      id\n      code\n      title\n      status\n      dueDate\n    }\n    linkedProposals {\n      id\n      code\n      title\n      status\n      totalAmount\n      grantedAmount\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.TaskDetailFieldsFragmentDoc,
    "\n  fragment TaskQuarterFields on TaskQuarter {\n    closed\n    taskCount\n    period {\n      year\n      quarter\n    }\n  }\n": types.TaskQuarterFieldsFragmentDoc,
    "\n  query TaskQuarters {\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n    currentQuarter {\n      year\n      quarter\n    }\n  }\n": types.TaskQuartersDocument,
    "\n  query TaskList($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TaskListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TaskListDocument,
    "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskDetailFields\n    }\n  }\n": types.TaskDetailDocument,
    "\n  query TaskEventCursor {\n    taskEventCursor\n  }\n": types.TaskEventCursorDocument,
    "\n  subscription TaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n": types.TaskFeedDocument,
    "\n  subscription TaskChanged($id: ID!, $after: ID) {\n    taskChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.TaskChangedDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.AssignTaskDocument,
    "\n  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.ReportTaskProgressDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation ReopenTask($input: TaskReasonInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.ReopenTaskDocument,
    "\n  mutation CancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.CancelTaskDocument,
    "\n  mutation LinkTaskRequests($input: LinkTaskRequestsInput!) {\n    linkTaskRequests(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n": types.LinkTaskRequestsDocument,
    "\n  mutation CloseQuarter($input: CloseQuarterInput!) {\n    closeQuarter(input: $input) {\n      period {\n        year\n        quarter\n      }\n      carriedOver {\n        id\n        code\n      }\n    }\n  }\n": types.CloseQuarterDocument,
    "\n  fragment WorkQueueItemFields on WorkItem {\n    id\n    kind\n    message\n    messageKey\n    messageParams {\n      name\n      value\n    }\n    record {\n      kind\n      id\n      code\n      title\n    }\n    dueDate\n    overdue\n    dueSoon\n    since\n    path\n  }\n": types.WorkQueueItemFieldsFragmentDoc,
    "\n  fragment WorkQueueCountsFields on WorkQueueCounts {\n    requests\n    proposals\n    tasks\n    meetings\n    notifications\n    total\n  }\n": types.WorkQueueCountsFieldsFragmentDoc,
    "\n  query WorkQueue {\n    workQueue {\n      itemsPerSection\n      counts {\n        ...WorkQueueCountsFields\n      }\n      items {\n        ...WorkQueueItemFields\n      }\n    }\n  }\n": types.WorkQueueDocument,
    "\n  query WorkQueueRequestCursor {\n    requestEventCursor\n  }\n": types.WorkQueueRequestCursorDocument,
    "\n  subscription WorkQueueRequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": types.WorkQueueRequestFeedDocument,
    "\n  query WorkQueueProposalCursor {\n    proposalEventCursor\n  }\n": types.WorkQueueProposalCursorDocument,
    "\n  subscription WorkQueueProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": types.WorkQueueProposalFeedDocument,
    "\n  query WorkQueueTaskCursor {\n    taskEventCursor\n  }\n": types.WorkQueueTaskCursorDocument,
    "\n  subscription WorkQueueTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n": types.WorkQueueTaskFeedDocument,
    "\n  subscription WorkQueueNotificationTicks {\n    notificationCountChanged\n  }\n": types.WorkQueueNotificationTicksDocument,
    "\n  mutation WorkQueueMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.WorkQueueMarkReadDocument,
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
export function graphql(source: "\n  fragment AdminUserRow on User {\n    id\n    version\n    username\n    fullName\n    title\n    role\n    active\n    awaitingConfirmation\n    mustChangePassword\n    agency {\n      id\n      shortName\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserRow on User {\n    id\n    version\n    username\n    fullName\n    title\n    role\n    active\n    awaitingConfirmation\n    mustChangePassword\n    agency {\n      id\n      shortName\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminUserRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($filter: UserFilter, $first: Int!, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AdminUserRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...AdminUserRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($input: SetUserActiveInput!) {\n    setUserActive(input: $input) {\n      ...AdminUserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      oneTimePassword\n      user {\n        ...AdminUserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAgency($input: CreateAgencyInput!) {\n    createAgency(input: $input) {\n      agency {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      name\n      shortName\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAgency($id: ID!) {\n    agency(id: $id) {\n      id\n      version\n      name\n      shortName\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        id\n        version\n        name\n        shortName\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      agency {\n        id\n        version\n        name\n        shortName\n        parent {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow on AuditRecord {\n    id\n    at\n    action\n    actor {\n      id\n      username\n      fullName\n    }\n    subjectType\n    subjectId\n    subjectLabel\n    details\n    chainIntact\n  }\n"): (typeof documents)["\n  fragment AuditRow on AuditRecord {\n    id\n    at\n    action\n    actor {\n      id\n      username\n      fullName\n    }\n    subjectType\n    subjectId\n    subjectLabel\n    details\n    chainIntact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AuditRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...AuditRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      brokenAtId\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus {\n    auditChainStatus {\n      intact\n      checked\n      brokenAtId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingSigning {\n    signingOfficialsAwaitingConfirmation {\n      id\n      fullName\n      title\n      username\n      agency {\n        id\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingSigning {\n    signingOfficialsAwaitingConfirmation {\n      id\n      fullName\n      title\n      username\n      agency {\n        id\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSigningOfficial($input: ConfirmSigningOfficialInput!) {\n    confirmSigningOfficial(input: $input) {\n      id\n      awaitingConfirmation\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSigningOfficial($input: ConfirmSigningOfficialInput!) {\n    confirmSigningOfficial(input: $input) {\n      id\n      awaitingConfirmation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n        actingRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n        actingRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n      capabilities {\n        readWholeProvince\n        assignTasks\n        closeQuarters\n        recordMeetings\n        publishConclusions\n        submitProposals\n        decideProposals\n        signDecisions\n        confirmSigningOfficials\n        manageAgencies\n        manageUsers\n        administer\n        delegablePowers\n        delegatedPowers\n      }\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n      capabilities {\n        readWholeProvince\n        assignTasks\n        closeQuarters\n        recordMeetings\n        publishConclusions\n        submitProposals\n        decideProposals\n        signDecisions\n        confirmSigningOfficials\n        manageAgencies\n        manageUsers\n        administer\n        delegablePowers\n        delegatedPowers\n      }\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardGroupCounts on TaskGroupCounts {\n    total\n    completed\n    completedOnTime\n    completedLate\n    notDoneWithinDeadline\n    notDoneOverdue\n  }\n"): (typeof documents)["\n  fragment DashboardGroupCounts on TaskGroupCounts {\n    total\n    completed\n    completedOnTime\n    completedLate\n    notDoneWithinDeadline\n    notDoneOverdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardAgency on AgencySummary {\n    id\n    code\n    name\n    shortName\n  }\n"): (typeof documents)["\n  fragment DashboardAgency on AgencySummary {\n    id\n    code\n    name\n    shortName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardStatisticsFields on QuarterStatistics {\n    asOf\n    period {\n      year\n      quarter\n    }\n    agency {\n      ...DashboardAgency\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byCategory {\n      category\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byDomain {\n      domain\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgency {\n      agency {\n        ...DashboardAgency\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgencyTree {\n      agency {\n        ...DashboardAgency\n      }\n      parentId\n      counts {\n        ...DashboardGroupCounts\n      }\n      ownCounts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardStatisticsFields on QuarterStatistics {\n    asOf\n    period {\n      year\n      quarter\n    }\n    agency {\n      ...DashboardAgency\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byCategory {\n      category\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byDomain {\n      domain\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgency {\n      agency {\n        ...DashboardAgency\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n    byAgencyTree {\n      agency {\n        ...DashboardAgency\n      }\n      parentId\n      counts {\n        ...DashboardGroupCounts\n      }\n      ownCounts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTrendPoint on QuarterTrendPoint {\n    period {\n      year\n      quarter\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byAgency {\n      agency {\n        id\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardTrendPoint on QuarterTrendPoint {\n    period {\n      year\n      quarter\n    }\n    counts {\n      ...DashboardGroupCounts\n    }\n    byAgency {\n      agency {\n        id\n      }\n      counts {\n        ...DashboardGroupCounts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardTaskRow on Task {\n    id\n    code\n    title\n    category\n    domain\n    dueDate\n    completedOn\n    status\n    group\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment DashboardTaskRow on Task {\n    id\n    code\n    title\n    category\n    domain\n    dueDate\n    completedOn\n    status\n    group\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardQuarters {\n    currentQuarter {\n      year\n      quarter\n    }\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardQuarters {\n    currentQuarter {\n      year\n      quarter\n    }\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStatistics($period: QuarterInput!, $asOf: LocalDate, $agencyId: ID) {\n    taskStatistics(period: $period, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardStatisticsFields\n    }\n  }\n"): (typeof documents)["\n  query DashboardStatistics($period: QuarterInput!, $asOf: LocalDate, $agencyId: ID) {\n    taskStatistics(period: $period, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardStatisticsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTrend($until: QuarterInput!, $quarters: Int!, $asOf: LocalDate, $agencyId: ID) {\n    taskTrend(until: $until, quarters: $quarters, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardTrendPoint\n    }\n  }\n"): (typeof documents)["\n  query DashboardTrend($until: QuarterInput!, $quarters: Int!, $asOf: LocalDate, $agencyId: ID) {\n    taskTrend(until: $until, quarters: $quarters, asOf: $asOf, agencyId: $agencyId) {\n      ...DashboardTrendPoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...DashboardTaskRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTasks($filter: TaskFilter!, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          ...DashboardTaskRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTaskEventCursor {\n    taskEventCursor\n  }\n"): (typeof documents)["\n  query DashboardTaskEventCursor {\n    taskEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionListItem on Decision {\n    id\n    numberText\n    kind\n    outcome\n    title\n    signedAt\n    totalGranted\n  }\n"): (typeof documents)["\n  fragment DecisionListItem on Decision {\n    id\n    numberText\n    kind\n    outcome\n    title\n    signedAt\n    totalGranted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    numberText\n    kind\n    outcome\n    title\n    lines {\n      itemId\n      kind\n      description\n      unit\n      requestedQuantity\n      requestedAmount\n      grantedQuantity\n      grantedAmount\n    }\n    totalRequested\n    totalGranted\n    conditions\n    signer {\n      id\n      fullName\n      title\n    }\n    signerName\n    signerTitle\n    signingForm\n    onBehalfOf {\n      id\n      fullName\n    }\n    signedAt\n    effectiveDate\n    issuerName\n    place\n    proposalId\n    amends {\n      id\n      numberText\n      kind\n    }\n    amendedBy {\n      id\n      numberText\n      kind\n    }\n    signedDocument {\n      sha256\n      signerName\n      signedAt\n      certificateSubject\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    numberText\n    kind\n    outcome\n    title\n    lines {\n      itemId\n      kind\n      description\n      unit\n      requestedQuantity\n      requestedAmount\n      grantedQuantity\n      grantedAmount\n    }\n    totalRequested\n    totalGranted\n    conditions\n    signer {\n      id\n      fullName\n      title\n    }\n    signerName\n    signerTitle\n    signingForm\n    onBehalfOf {\n      id\n      fullName\n    }\n    signedAt\n    effectiveDate\n    issuerName\n    place\n    proposalId\n    amends {\n      id\n      numberText\n      kind\n    }\n    amendedBy {\n      id\n      numberText\n      kind\n    }\n    signedDocument {\n      sha256\n      signerName\n      signedAt\n      certificateSubject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRegister($year: Int, $search: String, $first: Int!, $after: String) {\n    decisions(year: $year, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DecisionListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionRegister($year: Int, $search: String, $first: Int!, $after: String) {\n    decisions(year: $year, search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...DecisionListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      proposalReadable\n    }\n  }\n"): (typeof documents)["\n  query DecisionDetail($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      proposalReadable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendDecision($input: AmendDecisionInput!) {\n    amendDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendDecision($input: AmendDecisionInput!) {\n    amendDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDecision($input: RevokeDecisionInput!) {\n    revokeDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeDecision($input: RevokeDecisionInput!) {\n    revokeDecision(input: $input) {\n      decision {\n        ...DecisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DelegationFields on Delegation {\n    id\n    status\n    form\n    formText\n    powers\n    startsOn\n    endsOn\n    revokedAt\n    grantor {\n      id\n      fullName\n      title\n    }\n    delegate {\n      id\n      fullName\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment DelegationFields on Delegation {\n    id\n    status\n    form\n    formText\n    powers\n    startsOn\n    endsOn\n    revokedAt\n    grantor {\n      id\n      fullName\n      title\n    }\n    delegate {\n      id\n      fullName\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDelegations {\n    myDelegations {\n      given {\n        ...DelegationFields\n      }\n      received {\n        ...DelegationFields\n      }\n    }\n    me {\n      id\n      agency {\n        id\n        members {\n          id\n          fullName\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDelegations {\n    myDelegations {\n      given {\n        ...DelegationFields\n      }\n      received {\n        ...DelegationFields\n      }\n    }\n    me {\n      id\n      agency {\n        id\n        members {\n          id\n          fullName\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegatePowers($input: DelegatePowersInput!) {\n    delegatePowers(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DelegatePowers($input: DelegatePowersInput!) {\n    delegatePowers(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDelegation($input: RevokeDelegationInput!) {\n    revokeDelegation(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeDelegation($input: RevokeDelegationInput!) {\n    revokeDelegation(input: $input) {\n      delegation {\n        ...DelegationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskRefFields on TaskRef {\n    id\n    code\n    title\n    status\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment TaskRefFields on TaskRef {\n    id\n    code\n    title\n    status\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskNameFields on Task {\n    id\n    code\n    title\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment TaskNameFields on Task {\n    id\n    code\n    title\n    dueDate\n    period {\n      year\n      quarter\n    }\n    ownerAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkableTasks {\n    tasks(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          ...TaskNameFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkableTasks {\n    tasks(filter: { status: OPEN }, first: 100) {\n      edges {\n        node {\n          ...TaskNameFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LinkedRequestFields on CoordinationRequest {\n    id\n    code\n    title\n  }\n"): (typeof documents)["\n  fragment LinkedRequestFields on CoordinationRequest {\n    id\n    code\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkableRequests($search: String!) {\n    requests(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...LinkedRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkableRequests($search: String!) {\n    requests(filter: { search: $search }, first: 20) {\n      edges {\n        node {\n          ...LinkedRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedRequest($id: ID!) {\n    request(id: $id) {\n      ...LinkedRequestFields\n    }\n  }\n"): (typeof documents)["\n  query LinkedRequest($id: ID!) {\n    request(id: $id) {\n      ...LinkedRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingListItem on Meeting {\n    id\n    title\n    heldOn\n    status\n    conclusionCode\n    chair {\n      id\n      fullName\n      title\n    }\n    reviewedAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingListItem on Meeting {\n    id\n    title\n    heldOn\n    status\n    conclusionCode\n    chair {\n      id\n      fullName\n      title\n    }\n    reviewedAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDetailFields on Meeting {\n    ...MeetingListItem\n    version\n    allowedActions\n    attendees\n    attendingAgencies {\n      id\n      name\n      shortName\n    }\n    summary\n    conclusion\n    createdAt\n    publishedOn\n    publishedBy {\n      id\n      fullName\n      title\n    }\n    directives {\n      id\n      position\n      content\n      kind\n      category\n      domain\n      dueDate\n      taskId\n      requestId\n      period {\n        year\n        quarter\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n      supportingAgencies {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDetailFields on Meeting {\n    ...MeetingListItem\n    version\n    allowedActions\n    attendees\n    attendingAgencies {\n      id\n      name\n      shortName\n    }\n    summary\n    conclusion\n    createdAt\n    publishedOn\n    publishedBy {\n      id\n      fullName\n      title\n    }\n    directives {\n      id\n      position\n      content\n      kind\n      category\n      domain\n      dueDate\n      taskId\n      requestId\n      period {\n        year\n        quarter\n      }\n      agency {\n        id\n        name\n        shortName\n      }\n      supportingAgencies {\n        id\n        name\n        shortName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingList($first: Int!, $after: String) {\n    meetings(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MeetingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingList($first: Int!, $after: String) {\n    meetings(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MeetingListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingDetail($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingDraft($input: UpdateMeetingDraftInput!) {\n    updateMeetingDraft(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingDraft($input: UpdateMeetingDraftInput!) {\n    updateMeetingDraft(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConclusion($input: PublishConclusionInput!) {\n    publishConclusion(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConclusion($input: PublishConclusionInput!) {\n    publishConclusion(input: $input) {\n      meeting {\n        ...MeetingDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          messageKey\n          messageParams {\n            name\n            value\n          }\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          messageKey\n          messageParams {\n            name\n            value\n          }\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n"): (typeof documents)["\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalListItem on Proposal {\n    id\n    code\n    title\n    status\n    fiscalYear\n    totalAmount\n    submittedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalListItem on Proposal {\n    id\n    code\n    title\n    status\n    fiscalYear\n    totalAmount\n    submittedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalItemFields on ProposalItem {\n    id\n    kind\n    description\n    quantity\n    unit\n    amount\n    justification\n  }\n"): (typeof documents)["\n  fragment ProposalItemFields on ProposalItem {\n    id\n    kind\n    description\n    quantity\n    unit\n    amount\n    justification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalDetailFields on Proposal {\n    id\n    code\n    status\n    revision\n    returnReason\n    title\n    rationale\n    fiscalYear\n    version\n    allowedActions\n    appraisingAgencyId\n    createdAt\n    submittedAt\n    decidedAt\n    lastActivityAt\n    linkedRequestIds\n    linkedTaskIds\n    linkedTasks {\n      ...TaskRefFields\n    }\n    totalAmount\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    items {\n      ...ProposalItemFields\n    }\n    appraisals {\n      agency {\n        id\n        name\n        shortName\n      }\n      kinds\n      opinion\n      comment\n      recommendations {\n        itemId\n        amount\n        quantity\n      }\n      appraisedBy {\n        id\n        fullName\n        title\n      }\n      appraisedAt\n    }\n    revisions {\n      number\n      title\n      rationale\n      fiscalYear\n      totalAmount\n      submittedAt\n      items {\n        ...ProposalItemFields\n      }\n    }\n    decisions {\n      id\n      numberText\n      kind\n      outcome\n      title\n      signedAt\n      totalGranted\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalDetailFields on Proposal {\n    id\n    code\n    status\n    revision\n    returnReason\n    title\n    rationale\n    fiscalYear\n    version\n    allowedActions\n    appraisingAgencyId\n    createdAt\n    submittedAt\n    decidedAt\n    lastActivityAt\n    linkedRequestIds\n    linkedTaskIds\n    linkedTasks {\n      ...TaskRefFields\n    }\n    totalAmount\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    items {\n      ...ProposalItemFields\n    }\n    appraisals {\n      agency {\n        id\n        name\n        shortName\n      }\n      kinds\n      opinion\n      comment\n      recommendations {\n        itemId\n        amount\n        quantity\n      }\n      appraisedBy {\n        id\n        fullName\n        title\n      }\n      appraisedAt\n    }\n    revisions {\n      number\n      title\n      rationale\n      fiscalYear\n      totalAmount\n      submittedAt\n      items {\n        ...ProposalItemFields\n      }\n    }\n    decisions {\n      id\n      numberText\n      kind\n      outcome\n      title\n      signedAt\n      totalGranted\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalList($filter: ProposalFilter, $first: Int!, $after: String) {\n    proposals(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalList($filter: ProposalFilter, $first: Int!, $after: String) {\n    proposals(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ProposalListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalEventCursor {\n    proposalEventCursor\n  }\n"): (typeof documents)["\n  query ProposalEventCursor {\n    proposalEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        id\n        code\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ProposalDetail($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProposalChanged($id: ID!, $after: ID) {\n    proposalChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProposalChanged($id: ID!, $after: ID) {\n    proposalChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposalDraft($input: UpdateProposalDraftInput!) {\n    updateProposalDraft(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposalDraft($input: UpdateProposalDraftInput!) {\n    updateProposalDraft(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitProposal($input: ProposalActionInput!) {\n    submitProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: ProposalActionInput!) {\n    withdrawProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppraiseProposal($input: AppraiseProposalInput!) {\n    appraiseProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppraiseProposal($input: AppraiseProposalInput!) {\n    appraiseProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProposal($input: ProposalReasonInput!) {\n    returnProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnProposal($input: ProposalReasonInput!) {\n    returnProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenProposalAppraisal($input: ProposalReasonInput!) {\n    reopenProposalAppraisal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenProposalAppraisal($input: ProposalReasonInput!) {\n    reopenProposalAppraisal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProposal($input: DecideProposalInput!) {\n    decideProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProposal($input: DecideProposalInput!) {\n    decideProposal(input: $input) {\n      proposal {\n        ...ProposalDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    actingAs {\n      id\n    }\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    directive {\n      meetingId\n      conclusionCode\n      content\n    }\n    linkedTasks {\n      ...TaskRefFields\n    }\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    actingAs {\n      id\n    }\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    directive {\n      meetingId\n      conclusionCode\n      content\n    }\n    linkedTasks {\n      ...TaskRefFields\n    }\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {\n    requests(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RequestListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {\n    requests(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RequestListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestEventCursor {\n    requestEventCursor\n  }\n"): (typeof documents)["\n  query RequestEventCursor {\n    requestEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestChanged($id: ID!, $after: ID) {\n    requestChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription RequestChanged($id: ID!, $after: ID) {\n    requestChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRequestDraft($input: UpdateRequestDraftInput!) {\n    updateRequestDraft(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRequestDraft($input: UpdateRequestDraftInput!) {\n    updateRequestDraft(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: RequestActionInput!) {\n    submitRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($input: RequestActionInput!) {\n    submitRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeRequest($input: RequestActionInput!) {\n    acknowledgeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeRequest($input: RequestActionInput!) {\n    acknowledgeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRequest($input: AssignRequestInput!) {\n    assignRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToRequest($input: RequestTextInput!) {\n    respondToRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToRequest($input: RequestTextInput!) {\n    respondToRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineRequest($input: RequestTextInput!) {\n    declineRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineRequest($input: RequestTextInput!) {\n    declineRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRequest($input: OptionalTextInput!) {\n    closeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRequest($input: OptionalTextInput!) {\n    closeRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenRequest($input: RequestTextInput!) {\n    reopenRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenRequest($input: RequestTextInput!) {\n    reopenRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRequest($input: OptionalTextInput!) {\n    withdrawRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRequest($input: OptionalTextInput!) {\n    withdrawRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateRequest($input: RequestTextInput!) {\n    escalateRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateRequest($input: RequestTextInput!) {\n    escalateRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRequestEscalation($input: ResolveEscalationInput!) {\n    resolveRequestEscalation(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRequestEscalation($input: ResolveEscalationInput!) {\n    resolveRequestEscalation(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnRequest($input: CommentOnRequestInput!) {\n    commentOnRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnRequest($input: CommentOnRequestInput!) {\n    commentOnRequest(input: $input) {\n      request {\n        ...RequestDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskListItem on Task {\n    ...TaskNameFields\n    category\n    domain\n    status\n    group\n    progressPercent\n  }\n"): (typeof documents)["\n  fragment TaskListItem on Task {\n    ...TaskNameFields\n    category\n    domain\n    status\n    group\n    progressPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskDetailFields on Task {\n    ...TaskListItem\n    description\n    version\n    allowedActions\n    assignedOn\n    completedOn\n    cancelledOn\n    cancelReason\n    carriedOverOn\n    lastActivityAt\n    linkedRequestIds\n    assignedBy {\n      id\n      fullName\n      title\n    }\n    directive {\n      directiveId\n      meetingId\n      conclusionCode\n      heldOn\n      content\n    }\n    carriedFrom {\n      ...TaskRefFields\n    }\n    carriedTo {\n      ...TaskRefFields\n    }\n    progressReports {\n      percent\n      note\n      reportedAt\n      reportedBy {\n        id\n        fullName\n        title\n      }\n    }\n    linkedRequests {\n      id\n      code\n      title\n      status\n      dueDate\n    }\n    linkedProposals {\n      id\n      code\n      title\n      status\n      totalAmount\n      grantedAmount\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TaskDetailFields on Task {\n    ...TaskListItem\n    description\n    version\n    allowedActions\n    assignedOn\n    completedOn\n    cancelledOn\n    cancelReason\n    carriedOverOn\n    lastActivityAt\n    linkedRequestIds\n    assignedBy {\n      id\n      fullName\n      title\n    }\n    directive {\n      directiveId\n      meetingId\n      conclusionCode\n      heldOn\n      content\n    }\n    carriedFrom {\n      ...TaskRefFields\n    }\n    carriedTo {\n      ...TaskRefFields\n    }\n    progressReports {\n      percent\n      note\n      reportedAt\n      reportedBy {\n        id\n        fullName\n        title\n      }\n    }\n    linkedRequests {\n      id\n      code\n      title\n      status\n      dueDate\n    }\n    linkedProposals {\n      id\n      code\n      title\n      status\n      totalAmount\n      grantedAmount\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      delegation {\n        delegationId\n        formText\n        grantor {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskQuarterFields on TaskQuarter {\n    closed\n    taskCount\n    period {\n      year\n      quarter\n    }\n  }\n"): (typeof documents)["\n  fragment TaskQuarterFields on TaskQuarter {\n    closed\n    taskCount\n    period {\n      year\n      quarter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskQuarters {\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n    currentQuarter {\n      year\n      quarter\n    }\n  }\n"): (typeof documents)["\n  query TaskQuarters {\n    taskQuarters {\n      ...TaskQuarterFields\n    }\n    currentQuarter {\n      year\n      quarter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskList($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TaskListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskList($filter: TaskFilter, $first: Int!, $after: String) {\n    tasks(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TaskListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskDetailFields\n    }\n  }\n"): (typeof documents)["\n  query TaskDetail($id: ID!) {\n    task(id: $id) {\n      ...TaskDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskEventCursor {\n    taskEventCursor\n  }\n"): (typeof documents)["\n  query TaskEventCursor {\n    taskEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        id\n        code\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskChanged($id: ID!, $after: ID) {\n    taskChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskChanged($id: ID!, $after: ID) {\n    taskChanged(id: $id, after: $after) {\n      event {\n        id\n        type\n      }\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {\n    reportTaskProgress(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTask($input: TaskReasonInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTask($input: TaskReasonInput!) {\n    reopenTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTask($input: TaskReasonInput!) {\n    cancelTask(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTaskRequests($input: LinkTaskRequestsInput!) {\n    linkTaskRequests(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTaskRequests($input: LinkTaskRequestsInput!) {\n    linkTaskRequests(input: $input) {\n      task {\n        ...TaskDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseQuarter($input: CloseQuarterInput!) {\n    closeQuarter(input: $input) {\n      period {\n        year\n        quarter\n      }\n      carriedOver {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseQuarter($input: CloseQuarterInput!) {\n    closeQuarter(input: $input) {\n      period {\n        year\n        quarter\n      }\n      carriedOver {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkQueueItemFields on WorkItem {\n    id\n    kind\n    message\n    messageKey\n    messageParams {\n      name\n      value\n    }\n    record {\n      kind\n      id\n      code\n      title\n    }\n    dueDate\n    overdue\n    dueSoon\n    since\n    path\n  }\n"): (typeof documents)["\n  fragment WorkQueueItemFields on WorkItem {\n    id\n    kind\n    message\n    messageKey\n    messageParams {\n      name\n      value\n    }\n    record {\n      kind\n      id\n      code\n      title\n    }\n    dueDate\n    overdue\n    dueSoon\n    since\n    path\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkQueueCountsFields on WorkQueueCounts {\n    requests\n    proposals\n    tasks\n    meetings\n    notifications\n    total\n  }\n"): (typeof documents)["\n  fragment WorkQueueCountsFields on WorkQueueCounts {\n    requests\n    proposals\n    tasks\n    meetings\n    notifications\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkQueue {\n    workQueue {\n      itemsPerSection\n      counts {\n        ...WorkQueueCountsFields\n      }\n      items {\n        ...WorkQueueItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkQueue {\n    workQueue {\n      itemsPerSection\n      counts {\n        ...WorkQueueCountsFields\n      }\n      items {\n        ...WorkQueueItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkQueueRequestCursor {\n    requestEventCursor\n  }\n"): (typeof documents)["\n  query WorkQueueRequestCursor {\n    requestEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkQueueRequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkQueueRequestFeed($after: ID) {\n    requestFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkQueueProposalCursor {\n    proposalEventCursor\n  }\n"): (typeof documents)["\n  query WorkQueueProposalCursor {\n    proposalEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkQueueProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkQueueProposalFeed($after: ID) {\n    proposalFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkQueueTaskCursor {\n    taskEventCursor\n  }\n"): (typeof documents)["\n  query WorkQueueTaskCursor {\n    taskEventCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkQueueTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkQueueTaskFeed($after: ID) {\n    taskFeed(after: $after) {\n      event {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkQueueNotificationTicks {\n    notificationCountChanged\n  }\n"): (typeof documents)["\n  subscription WorkQueueNotificationTicks {\n    notificationCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkQueueMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation WorkQueueMarkRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;