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
    "\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n": typeof types.AgencyListItemFragmentDoc,
    "\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AgencyDirectoryDocument,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": typeof types.AgencyDetailDocument,
    "\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AgencyChangedDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n": typeof types.NotificationCountChangedDocument,
    "\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.RequestListItemFragmentDoc,
    "\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.RequestDetailFieldsFragmentDoc,
    "\n  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {\n    requests(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RequestListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RequestListDocument,
    "\n  query RequestEventCursor {\n    requestEventCursor\n  }\n": typeof types.RequestEventCursorDocument,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n": typeof types.RequestDetailDocument,
    "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": typeof types.AgencyMembersDocument,
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
};
const documents: Documents = {
    "\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n": types.AgencyListItemFragmentDoc,
    "\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AgencyDirectoryDocument,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": types.AgencyDetailDocument,
    "\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.AgencyChangedDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationCountChanged {\n    notificationCountChanged\n  }\n": types.NotificationCountChangedDocument,
    "\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n": types.RequestListItemFragmentDoc,
    "\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n": types.RequestDetailFieldsFragmentDoc,
    "\n  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {\n    requests(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...RequestListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RequestListDocument,
    "\n  query RequestEventCursor {\n    requestEventCursor\n  }\n": types.RequestEventCursorDocument,
    "\n  query RequestDetail($id: ID!) {\n    request(id: $id) {\n      ...RequestDetailFields\n    }\n  }\n": types.RequestDetailDocument,
    "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": types.AgencyMembersDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          message\n          count\n          subjectType\n          subjectId\n          createdAt\n          read\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment RequestListItem on CoordinationRequest {\n    id\n    code\n    title\n    domain\n    status\n    priority\n    dueDate\n    overdue\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestDetailFields on CoordinationRequest {\n    id\n    code\n    title\n    body\n    domain\n    priority\n    dueDate\n    status\n    overdue\n    version\n    allowedActions\n    escalationReason\n    createdAt\n    submittedAt\n    closedAt\n    lastActivityAt\n    requestingAgency {\n      id\n      name\n      shortName\n      kind\n    }\n    leadAgency {\n      id\n      name\n      shortName\n    }\n    author {\n      id\n      fullName\n      title\n    }\n    participants {\n      agency {\n        id\n        name\n        shortName\n      }\n      role\n      state\n      assignee {\n        id\n        fullName\n      }\n      reply\n      declineReason\n      acknowledgedAt\n      respondedAt\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      downloadUrl\n      createdAt\n      uploadedBy {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n      }\n      agency {\n        id\n        shortName\n      }\n    }\n    timeline {\n      id\n      type\n      at\n      note\n      dueDate\n      actor {\n        id\n        fullName\n      }\n      actorAgency {\n        id\n        shortName\n      }\n      agency {\n        id\n        shortName\n      }\n      assignee {\n        id\n        fullName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyMembers($id: ID!) {\n    agency(id: $id) {\n      id\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;