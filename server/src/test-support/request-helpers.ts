import type { TestApp } from './test-app';

/** GraphQL documents and small helpers shared by the request integration tests. */
export const REQUEST_FIELDS = `id code title status overdue dueDate version allowedActions
  requestingAgency { code } leadAgency { code }
  participants { agency { code } role state reply declineReason assignee { fullName } }`;

export const MUTATION = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { request { ${REQUEST_FIELDS} } } }`;

export interface RequestData {
  id: string;
  code: string | null;
  title: string;
  status: string;
  overdue: boolean;
  dueDate: string;
  version: number;
  allowedActions: string[];
  requestingAgency: { code: string };
  leadAgency: { code: string };
  participants: {
    agency: { code: string };
    role: string;
    state: string;
    reply: string | null;
    declineReason: string | null;
    assignee: { fullName: string } | null;
  }[];
}

export async function agencyIds(t: TestApp, token: string): Promise<Record<string, string>> {
  const result = await t.gql<{ agencies: { edges: { node: { id: string; code: string } }[] } }>(
    '{ agencies(first: 100) { edges { node { id code } } } }',
    {},
    token,
  );
  return Object.fromEntries(result.data!.agencies.edges.map((e) => [e.node.code, e.node.id]));
}

export function inDays(days: number): string {
  const date = new Date(Date.now() + 7 * 3600_000 + days * 86_400_000); // province day (UTC+7)
  return date.toISOString().slice(0, 10);
}

/** Calls a request mutation and returns the request, or throws with the error code. */
export async function act(
  t: TestApp,
  token: string,
  mutation: string,
  inputType: string,
  input: Record<string, unknown>,
): Promise<RequestData> {
  const result = await t.gql<Record<string, { request: RequestData }>>(MUTATION(mutation, inputType), { input }, token);
  if (result.errors)
    throw Object.assign(new Error(`${mutation}: ${result.errors[0].extensions?.code} ${result.errors[0].message}`), {
      code: result.errors[0].extensions?.code,
      fields: result.errors[0].extensions?.fields,
    });
  return result.data![mutation].request;
}

/** The error code a request mutation fails with (fails the test if it succeeds). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected the call to fail');
}

/** A draft request of `token`'s agency to the lead agency `leadAgencyId`, due in `dueInDays` province days. */
export const draftDueIn = (t: TestApp, token: string, leadAgencyId: string, dueInDays: number): Promise<RequestData> =>
  act(t, token, 'createRequest', 'CreateRequestInput', {
    title: `Đề nghị hạn ${dueInDays} ngày`,
    body: 'Nội dung',
    domain: 'LAND',
    priority: 'NORMAL',
    dueDate: inDays(dueInDays),
    leadAgencyId,
    supportingAgencyIds: [],
  });
