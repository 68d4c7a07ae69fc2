// The edits of a form's repeated rows (proposal items, meeting directives), written once.

/** The list with the row at `index` changed by `change`. */
export const patchRow = <T>(rows: readonly T[], index: number, change: Partial<T>): T[] =>
  rows.map((row, i) => (i === index ? { ...row, ...change } : row));

/** The list without the row at `index`. */
export const removeRow = <T>(rows: readonly T[], index: number): T[] => rows.filter((_, i) => i !== index);
