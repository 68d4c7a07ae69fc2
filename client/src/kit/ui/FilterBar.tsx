import type { ReactNode } from 'react';

// The frame of a list's filters: a search landmark whose fields apply as they change (no submit).
export function FilterBar({ className, label, children }: { className?: string; label?: string; children: ReactNode }) {
  return (
    <form
      className={className ? `filters ${className}` : 'filters'}
      role="search"
      aria-label={label}
      onSubmit={(event) => event.preventDefault()}
    >
      {children}
    </form>
  );
}
