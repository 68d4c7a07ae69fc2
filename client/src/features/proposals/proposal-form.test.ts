import { proposalDetail } from '../../test-support/proposal-fixtures';
import {
  emptyItem,
  emptyProposalForm,
  runningTotal,
  toDraftFields,
  validateProposalForm,
  valuesFromProposal,
} from './proposal-form';

test('the running total is exact past 2^53 (BigInt over digit strings, never floats)', () => {
  const items = [{ amount: '9007199254740993' }, { amount: '1' }, { amount: '' }];
  expect(runningTotal(items)).toBe('9007199254740994');
});

test('a new form proposes for next year with one funding row', () => {
  const form = emptyProposalForm('2026-11-28');
  expect(form.fiscalYear).toBe('2027');
  expect(form.items.map((item) => item.kind)).toEqual(['FUNDING']);
});

test('validation names each bad cell by its server path', () => {
  const values = {
    ...emptyProposalForm('2026-11-28'),
    title: 'Kinh phí số hóa',
    rationale: 'Cần thiết',
    items: [{ ...emptyItem(), quantity: '0' }],
  };
  const errors = validateProposalForm(values);
  expect(errors['items.0.amount']).toBe('proposalForm.amountRequired');
  expect(errors['items.0.quantity']).toBe('proposalForm.quantityInvalid');
  expect(errors['items.0.description']).toBe('field.REQUIRED');
  expect(errors.title).toBeUndefined();
});

test('money goes to the server as a digit string, numbers as numbers', () => {
  const values = {
    ...emptyProposalForm('2026-11-28'),
    title: ' Kinh phí ',
    items: [
      {
        ...emptyItem(),
        description: 'Số hóa',
        quantity: '2',
        unit: 'gói',
        amount: '9007199254740993',
        justification: 'Vì',
      },
    ],
  };
  expect(toDraftFields(values).items[0]).toEqual({
    kind: 'FUNDING',
    description: 'Số hóa',
    quantity: 2,
    unit: 'gói',
    amount: '9007199254740993',
    justification: 'Vì',
  });
  expect(toDraftFields(values).title).toBe('Kinh phí');
});

test('linked requests go back to the server as they were, unless the user changes them', () => {
  const values = valuesFromProposal(proposalDetail({ linkedRequestIds: ['r-1', 'r-2'] }));
  expect(toDraftFields(values).linkedRequestIds).toEqual(['r-1', 'r-2']);
  expect(toDraftFields(emptyProposalForm('2026-11-28')).linkedRequestIds).toEqual([]);
});
