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
};
const documents: Documents = {
    "\n  fragment AgencyListItem on Agency {\n    id\n    name\n    shortName\n    code\n    kind\n    parent {\n      id\n    }\n  }\n": types.AgencyListItemFragmentDoc,
    "\n  query AgencyDirectory($first: Int!, $after: String) {\n    agencies(first: $first, after: $after) {\n      edges {\n        node {\n          ...AgencyListItem\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AgencyDirectoryDocument,
    "\n  query AgencyDetail($id: ID!) {\n    agency(id: $id) {\n      id\n      name\n      shortName\n      code\n      kind\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n        code\n        kind\n      }\n      members {\n        id\n        fullName\n        title\n        role\n      }\n    }\n  }\n": types.AgencyDetailDocument,
    "\n  subscription AgencyChanged {\n    agencyChanged {\n      change\n      agency {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.AgencyChangedDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      fullName\n      title\n      role\n      agency {\n        id\n        name\n        shortName\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;