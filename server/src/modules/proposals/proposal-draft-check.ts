import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type SqlBool } from 'kysely';
import { provinceYear } from '../../shared/clock';
import { isId } from '../../shared/ids';
import { message } from '../../shared/messages';
import { db, runQuery } from '../../shared/typed-sql';
import { InputChecker } from '../../shared/validation';
import type { Viewer } from '../../shared/viewer';
import { areLinkableRequests } from '../requests';
import { ResourceKind } from './proposal-enums';
import type * as Inputs from './proposal.inputs';
import type { ItemContent } from './proposal-item.entity';
import { checkAmounts } from './proposal-limits';

const MAX_ITEMS = 50;

export interface CheckedProposalDraft {
  title: string;
  rationale: string;
  fiscalYear: number;
  linkedRequestIds: string[];
  linkedTaskIds: string[];
  items: ItemContent[];
}

/** Validates a draft (its lines, budget year and links) in one pass, reporting every bad field. */
export async function checkProposalDraft(
  em: EntityManager,
  viewer: Viewer,
  input: Inputs.ProposalDraftInput,
  now: Date,
): Promise<CheckedProposalDraft> {
  const check = new InputChecker();
  const title = check.text('title', input.title, { required: true, min: 5, max: 300 });
  const rationale = check.text('rationale', input.rationale, { required: true, max: 20_000 });
  const year = provinceYear(now);
  if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < year - 1 || input.fiscalYear > year + 5) {
    check.add('fiscalYear', 'INVALID_FORMAT', message('proposal.fiscalYearRange', { from: year - 1, to: year + 5 }));
  }
  if (!input.items?.length) check.add('items', 'REQUIRED', message('proposal.itemsRequired'));
  if ((input.items?.length ?? 0) > MAX_ITEMS)
    check.add('items', 'TOO_LONG', message('proposal.tooManyItems', { max: MAX_ITEMS }));
  const items = (input.items ?? []).map((item, i): ItemContent => {
    const at = (field: string) => `items.${i}.${field}`;
    const description = check.text(at('description'), item.description, { required: true, max: 500 });
    const unit = check.text(at('unit'), item.unit, { required: true, max: 30 });
    const justification = check.text(at('justification'), item.justification, { required: true, max: 5000 });
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 1_000_000)
      check.add(at('quantity'), 'INVALID_FORMAT', message('proposal.quantityRange'));
    if (item.kind === ResourceKind.FUNDING && (item.amount == null || item.amount <= 0n))
      check.add(at('amount'), 'REQUIRED', message('proposal.amountRequired'));
    return {
      kind: item.kind,
      description,
      quantity: item.quantity,
      unit,
      amount: item.amount == null ? null : item.amount.toString(),
      justification,
    };
  });
  checkAmounts(
    check,
    (input.items ?? []).map((item) => item.amount),
  );
  const linkedRequestIds = [...new Set(input.linkedRequestIds ?? [])];
  if (!(await areLinkableRequests(em, viewer, linkedRequestIds)))
    check.add('linkedRequestIds', 'NOT_FOUND', message('proposal.linkedRequestNotFound'));
  const linkedTaskIds = await checkTaskLinks(em, viewer, input.linkedTaskIds ?? [], check);
  check.assertValid();
  return { title, rationale, fiscalYear: input.fiscalYear, linkedRequestIds, linkedTaskIds, items };
}

/** Only the agency's own tasks (any task, for the Committee) may be linked. */
async function checkTaskLinks(
  em: EntityManager,
  viewer: Viewer,
  ids: string[],
  check: InputChecker,
): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length > MAX_ITEMS)
    check.add('linkedTaskIds', 'TOO_LONG', message('proposal.tooManyLinkedTasks', { max: MAX_ITEMS }));
  const known = unique.every(isId) ? await countLinkableTasks(em, viewer, unique) : -1;
  if (known !== unique.length) check.add('linkedTaskIds', 'NOT_FOUND', message('proposal.linkedTaskNotFound'));
  return unique;
}

/** How many of `ids` (valid uuids) are tasks the viewer may link, in one count. */
async function countLinkableTasks(em: EntityManager, viewer: Viewer, ids: string[]): Promise<number> {
  const [{ n }] = await runQuery(
    em,
    db
      .selectFrom('tasks')
      .select(sql<number>`count(*)::int`.as('n'))
      .where(sql<SqlBool>`id = any(${`{${ids.join(',')}}`}::uuid[])`)
      .$if(!viewer.inCommittee, (q) => q.where('owner_agency_id', '=', viewer.agencyId)),
  );
  return n;
}
