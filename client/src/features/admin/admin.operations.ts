import { graphql } from '../../gql';

export type { AdminUserRowFragment as AdminUserRow, AuditRowFragment as AuditRow } from '../../gql/graphql';

export const AdminUserRowFields = graphql(`
  fragment AdminUserRow on User {
    id
    version
    username
    fullName
    title
    role
    active
    awaitingConfirmation
    mustChangePassword
    agency {
      id
      shortName
      name
    }
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers($filter: UserFilter, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...AdminUserRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      oneTimePassword
      user {
        ...AdminUserRow
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...AdminUserRow
      }
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      ...AdminUserRow
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      oneTimePassword
      user {
        ...AdminUserRow
      }
    }
  }
`);

export const CreateAgencyMutation = graphql(`
  mutation AdminCreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        id
      }
    }
  }
`);

export const AdminAgencyQuery = graphql(`
  query AdminAgency($id: ID!) {
    agency(id: $id) {
      id
      version
      name
      shortName
      parent {
        id
      }
    }
  }
`);

export const UpdateAgencyMutation = graphql(`
  mutation AdminUpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      agency {
        id
        version
        name
        shortName
        parent {
          id
        }
      }
    }
  }
`);

export const AuditRowFields = graphql(`
  fragment AuditRow on AuditRecord {
    id
    at
    action
    actor {
      id
      username
      fullName
    }
    subjectType
    subjectId
    subjectLabel
    details
    chainIntact
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...AuditRow
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      intact
      checked
      brokenAtId
    }
  }
`);

export const AwaitingSigningQuery = graphql(`
  query AwaitingSigning {
    signingOfficialsAwaitingConfirmation {
      id
      fullName
      title
      username
      agency {
        id
        shortName
      }
    }
  }
`);

export const ConfirmSigningMutation = graphql(`
  mutation ConfirmSigningOfficial($input: ConfirmSigningOfficialInput!) {
    confirmSigningOfficial(input: $input) {
      id
      awaitingConfirmation
    }
  }
`);
