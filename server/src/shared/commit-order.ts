/**
 * One transaction-scoped advisory lock for everything whose order must match commit order (the
 * event log's ids, the audit log's hash chain). Any constant works; it only has to be the same in
 * every process. Take it last in a transaction, to hold it briefly.
 */
export const COMMIT_ORDER_LOCK = 0x4c54_4556; // "LTEV"
