import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      username
      fullName
      title
      role
      agency {
        id
        name
        shortName
        kind
      }
      capabilities {
        readWholeProvince
        assignTasks
        closeQuarters
        recordMeetings
        publishConclusions
        submitProposals
        decideProposals
        signDecisions
        confirmSigningOfficials
        manageAgencies
        manageUsers
        administer
        delegablePowers
        delegatedPowers
      }
      mustChangePassword
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      expiresAt
    }
  }
`);
