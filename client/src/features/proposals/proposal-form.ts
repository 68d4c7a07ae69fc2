import type { CombinedError } from 'urql';
import { errorCode, fieldErrorsByPath, fieldMessage } from '../../kit/errors';
import { hasFormErrors, type FormMessage } from '../../kit/form-errors';
import { provinceToday, sumMoney } from '../../kit/format';
import type { ProposalItemInput, ResourceKind } from '../../gql/graphql';
import type { ProposalDetail } from './proposals.operations';

export interface ItemValues {
  /** Stable React key for the row (rows can be removed from the middle). */
  key: string;
  kind: ResourceKind;
  description: string;
  quantity: string;
  unit: string;
  /** Digits only (exact đồng), '' when none. */
  amount: string;
  justification: string;
}

export interface ProposalFormValues {
  title: string;
  rationale: string;
  fiscalYear: string;
  items: ItemValues[];
  /** Coordination requests this proposal would unblock. */
  linkedRequestIds: string[];
  /** Tasks this proposal would unblock. */
  linkedTaskIds: string[];
}

/** Keys are server field paths: `title`, `items`, `items.0.amount`; `form` for the whole form. */
export type ProposalFormErrors = Record<string, FormMessage | undefined>;

let rowCounter = 0;
const rowKey = () => `row-${++rowCounter}`;

export function emptyItem(kind: ResourceKind = 'FUNDING'): ItemValues {
  return {
    key: rowKey(),
    kind,
    description: '',
    quantity: '1',
    unit: kind === 'FUNDING' ? 'gói' : '',
    amount: '',
    justification: '',
  };
}

/** Next year's budget is what agencies usually propose for. */
export function emptyProposalForm(today: string = provinceToday()): ProposalFormValues {
  return {
    title: '',
    rationale: '',
    fiscalYear: String(Number(today.slice(0, 4)) + 1),
    items: [emptyItem()],
    linkedRequestIds: [],
    linkedTaskIds: [],
  };
}

export function valuesFromProposal(proposal: ProposalDetail): ProposalFormValues {
  return {
    title: proposal.title,
    rationale: proposal.rationale,
    fiscalYear: String(proposal.fiscalYear),
    items: proposal.items.map((item) => ({
      key: rowKey(),
      kind: item.kind,
      description: item.description,
      quantity: String(item.quantity),
      unit: item.unit,
      amount: item.amount ?? '',
      justification: item.justification,
    })),
    linkedRequestIds: [...proposal.linkedRequestIds],
    linkedTaskIds: [...proposal.linkedTaskIds],
  };
}

/** The running total, exact: BigInt over the digit strings, never floats. */
export function runningTotal(items: readonly Pick<ItemValues, 'amount'>[]): string {
  return sumMoney(items.map((item) => item.amount));
}

/** What the client can tell without the server: required fields, whole quantities, money for funding. */
export function validateProposalForm(values: ProposalFormValues): ProposalFormErrors {
  const errors: ProposalFormErrors = {
    title: values.title.trim() ? undefined : 'proposalForm.titleRequired',
    rationale: values.rationale.trim() ? undefined : 'proposalForm.rationaleRequired',
    fiscalYear: /^\d{4}$/.test(values.fiscalYear) ? undefined : 'proposalForm.fiscalYearInvalid',
    items: values.items.length > 0 ? undefined : 'proposalForm.itemsRequired',
  };
  values.items.forEach((item, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    if (!item.description.trim()) errors[at('description')] = 'field.REQUIRED';
    if (!item.unit.trim()) errors[at('unit')] = 'field.REQUIRED';
    if (!item.justification.trim()) errors[at('justification')] = 'field.REQUIRED';
    if (!/^\d+$/.test(item.quantity) || Number(item.quantity) < 1)
      errors[at('quantity')] = 'proposalForm.quantityInvalid';
    if (item.kind === 'FUNDING' && !(item.amount && BigInt(item.amount) > 0n))
      errors[at('amount')] = 'proposalForm.amountRequired';
  });
  return errors;
}

/** The server's answer as messages under each field (by code and path), or one message for the form. */
export function proposalFormErrorsFrom(error: CombinedError): ProposalFormErrors {
  const code = errorCode(error);
  if (code !== 'BAD_USER_INPUT') return { form: `error.${code}` };
  const errors: ProposalFormErrors = {};
  for (const [path, problem] of Object.entries(fieldErrorsByPath(error))) errors[path] = fieldMessage(problem);
  return hasFormErrors(errors) ? errors : { form: 'error.BAD_USER_INPUT' };
}

export interface ProposalDraftFields {
  title: string;
  rationale: string;
  fiscalYear: number;
  items: ProposalItemInput[];
  linkedRequestIds: string[];
  linkedTaskIds: string[];
}

export function toDraftFields(values: ProposalFormValues): ProposalDraftFields {
  return {
    title: values.title.trim(),
    rationale: values.rationale.trim(),
    fiscalYear: Number(values.fiscalYear),
    linkedRequestIds: values.linkedRequestIds,
    linkedTaskIds: values.linkedTaskIds,
    items: values.items.map((item) => ({
      kind: item.kind,
      description: item.description.trim(),
      quantity: Number(item.quantity),
      unit: item.unit.trim(),
      amount: item.amount ? item.amount : null,
      justification: item.justification.trim(),
    })),
  };
}
