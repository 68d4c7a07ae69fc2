import { useEffect, useRef } from 'react';
import { useClient } from 'urql';
import type { AgencyChangedSubscription as AgencyChange } from '../../gql/graphql';
import { AgencyChangedSubscription } from './agencies.operations';

export type AgencyChangeEvent = AgencyChange['agencyChanged'];

/** Calls `onChange` for every agency created or updated anywhere in the province. */
export function useAgencyChanges(onChange: (event: AgencyChangeEvent) => void): void {
  const client = useClient();
  const latestOnChange = useRef(onChange);

  useEffect(() => {
    latestOnChange.current = onChange;
  });

  useEffect(() => {
    const { unsubscribe } = client.subscription(AgencyChangedSubscription, {}).subscribe((result) => {
      if (result.data) latestOnChange.current(result.data.agencyChanged);
    });
    return unsubscribe;
  }, [client]);
}
