import { formatVnd } from '../../kit/format';
import { useT } from '../../kit/i18n';
import { DataTable } from '../../kit/ui/DataTable';
import { MoneyInput } from '../../kit/ui/MoneyInput';
import type { GrantValues } from './proposal-grants';
import { resourceKindLabel } from './proposal-labels';

/** One line that can be granted: what was asked. */
export interface GrantableLine {
  itemId: string;
  description: string;
  kind: string;
  unit: string;
  requestedQuantity: number;
  requestedAmount: string | null;
}

interface GrantsTableProps {
  caption: string;
  lines: GrantableLine[];
  grants: GrantValues[];
  /** Item ids whose grant exceeds the request. */
  invalid: string[];
  onChange: (itemId: string, change: Partial<GrantValues>) => void;
}

/** Requested figures beside editable granted quantity and amount — for deciding and for amending. */
export function GrantsTable({ caption, lines, grants, invalid, onChange }: GrantsTableProps) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      columns={[
        t('proposal.col.description'),
        t('proposal.col.requested'),
        t('decide.grantedQuantity'),
        t('decide.grantedAmount'),
      ]}
    >
      {lines.map((line) => {
        const grant = grants.find((g) => g.itemId === line.itemId)!;
        const wrong = invalid.includes(line.itemId);
        return (
          <tr key={line.itemId}>
            <td>
              {line.description}
              <span className="facts__sub">{t(resourceKindLabel(line.kind))}</span>
              {wrong && <p className="field__error">{t('decide.overRequest')}</p>}
            </td>
            <td>
              {line.requestedQuantity} {line.unit}
              {line.requestedAmount !== null && <span className="facts__sub">{formatVnd(line.requestedAmount)}</span>}
            </td>
            <td>
              <input
                inputMode="numeric"
                size={6}
                aria-label={t('decide.quantityFor', { item: line.description })}
                aria-invalid={wrong || undefined}
                value={grant.quantity}
                onChange={(event) => onChange(line.itemId, { quantity: event.currentTarget.value.replace(/\D/g, '') })}
              />
            </td>
            <td>
              {line.requestedAmount !== null && (
                <MoneyInput
                  aria-label={t('decide.amountFor', { item: line.description })}
                  aria-invalid={wrong || undefined}
                  value={grant.amount}
                  onChange={(amount) => onChange(line.itemId, { amount })}
                />
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
