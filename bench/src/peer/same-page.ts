/**
 * The peer is only a peer if it answers the same page: the same requests in the same order, with
 * the same fields, agencies and participants. Checked once before measuring, on whole responses.
 */
interface AgencyRef {
  id: string;
  name: string;
  shortName: string;
}
interface ParticipantRef {
  agency: AgencyRef;
  role: string;
  state: string;
}
interface InboxNode {
  id: string;
  code: string;
  title: string;
  domain: string;
  status: string;
  priority: string;
  dueDate: string;
  overdue: boolean;
  lastActivityAt: string;
  requestingAgency: AgencyRef;
  leadAgency: AgencyRef;
  participants: ParticipantRef[] | { nodes: ParticipantRef[] };
}
export interface InboxData {
  requests: { edges: { node: InboxNode }[] };
}

/** A row as comparable text: instants as epoch ms (the two format them differently), participants as a set. */
function canonical(node: InboxNode): string {
  const participants = Array.isArray(node.participants) ? node.participants : node.participants.nodes;
  const agency = (a: AgencyRef) => [a.id, a.name, a.shortName];
  return JSON.stringify([
    ...[node.id, node.code, node.title, node.domain, node.status, node.priority, node.dueDate, node.overdue],
    Date.parse(node.lastActivityAt),
    agency(node.requestingAgency),
    agency(node.leadAgency),
    participants.map((p) => JSON.stringify([...agency(p.agency), p.role, p.state])).sort(),
  ]);
}

/** Throws, naming the first row that differs, unless both pages hold the same rows in the same order. */
export function assertSamePage(ours: InboxData, peer: InboxData) {
  const a = ours.requests.edges.map((e) => canonical(e.node));
  const b = peer.requests.edges.map((e) => canonical(e.node));
  if (a.length !== b.length) throw new Error(`peer page has ${b.length} rows, ours ${a.length}`);
  const i = a.findIndex((row, index) => row !== b[index]);
  if (i >= 0) throw new Error(`peer page differs at row ${i}:\n  ours: ${a[i]}\n  peer: ${b[i]}`);
}
