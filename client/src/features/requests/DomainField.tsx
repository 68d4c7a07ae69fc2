import { useT } from '../../kit/i18n';
import { ChoiceField } from '../../kit/ui/ChoiceField';
import type { DomainArea } from '../../gql/graphql';
import { DOMAINS } from './request-options';

// The domain select, one for every form and filter that asks for a domain (requests, tasks,
// directives), so the list and its wording stay the same everywhere.

interface DomainFieldProps {
  id: string;
  label: string;
  value: DomainArea | '';
  onChoose: (domain: DomainArea | '') => void;
  error?: string;
  required?: boolean;
  /** A filter offers "all domains" where a form asks to choose one. */
  filter?: boolean;
}

export function DomainField({ filter = false, ...props }: DomainFieldProps) {
  const t = useT();
  return (
    <ChoiceField
      {...props}
      none={filter ? t('requests.allDomains') : t('requestForm.chooseDomain')}
      choices={DOMAINS}
      choiceLabel={(domain) => t(`domain.${domain}`)}
    />
  );
}
