import { useEffect, useRef, useState } from 'react';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

// A form's typing kept in this browser (localStorage) so a reload, a closed tab or a wrong click
// does not lose it; the form offers it back when it opens again. Drafts belong to one signed-in
// user and one form (and record), expire after a week and are all removed at sign-out, so a shared
// office computer does not hand one official's typing to the next.

const STORAGE_PREFIX = 'lien-thong.draft.';
/** How long after the last keystroke the draft is written. */
export const DRAFT_SAVE_DELAY_MS = 500;
/** Drafts older than this are dropped unread. */
export const DRAFT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Whose draft of which form: `recordId` for a form that edits a saved record, at its `version`. */
export interface DraftKey {
  owner: string;
  form: string;
  recordId?: string;
  version?: number;
}

/** The saved record a form edits, as far as its draft is concerned. */
export interface DraftRecord {
  id: string;
  version: number;
}

interface StoredDraft<V> {
  savedAt: string;
  version?: number;
  values: V;
}

/** A draft found when the form opened, waiting for the user's choice. */
export interface DraftOffer<V> {
  savedAt: string;
  values: V;
  /** Typed over an older version of the record: restoring it replaces what was saved since. */
  olderVersion: boolean;
}

// The version stays out of the storage key: a draft typed over version 3 is still found at version 4
// (after a conflict and a reload), and offered with a warning rather than lost.
const storageKey = ({ owner, form, recordId }: DraftKey) => `${STORAGE_PREFIX}${owner}.${form}.${recordId ?? 'new'}`;

const isExpired = (savedAt: string, now: number) => !(now - Date.parse(savedAt) < DRAFT_LIFETIME_MS);

/** Never keep a password in the browser's storage, whatever form it comes from. */
function withoutPasswords<V>(values: V): V {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return values;
  return Object.fromEntries(Object.entries(values).filter(([field]) => !/password/i.test(field))) as V;
}

function readDraft<V>(key: DraftKey): StoredDraft<V> | null {
  const name = storageKey(key);
  try {
    const raw = localStorage.getItem(name);
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredDraft<V>;
    if (typeof stored.savedAt === 'string' && !isExpired(stored.savedAt, Date.now())) return stored;
  } catch {
    // unreadable (hand-edited, another version of the app): dropped below
  }
  localStorage.removeItem(name);
  return null;
}

function writeDraft<V>(key: DraftKey, values: V): void {
  const stored: StoredDraft<V> = {
    savedAt: new Date().toISOString(),
    version: key.version,
    values: withoutPasswords(values),
  };
  try {
    localStorage.setItem(storageKey(key), JSON.stringify(stored));
  } catch {
    // storage full or disabled (private mode): the form still works, only without a draft
  }
}

function removeDraft(key: DraftKey): void {
  localStorage.removeItem(storageKey(key));
}

// Counts sign-outs: a form still on screen when the drafts are cleared (it unmounts right after)
// must not write its typing back for the next person.
let clearings = 0;

/** Removes every draft in this browser: at sign-out, and those past their lifetime. */
export function clearLocalDrafts({ expiredOnly = false } = {}): void {
  if (!expiredOnly) clearings += 1;
  const now = Date.now();
  const names = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
    (name): name is string => name?.startsWith(STORAGE_PREFIX) ?? false,
  );
  for (const name of names) {
    if (expiredOnly) {
      try {
        const { savedAt } = JSON.parse(localStorage.getItem(name) ?? '{}') as Partial<StoredDraft<unknown>>;
        if (typeof savedAt === 'string' && !isExpired(savedAt, now)) continue;
      } catch {
        // unreadable: removed
      }
    }
    localStorage.removeItem(name);
  }
}

const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps `values` as the local draft of `key` (none when `key` is undefined), `DRAFT_SAVE_DELAY_MS`
 * after the last change, and offers the draft found when the form opened. `restoreTo` puts the
 * offered values back into the form. While a save runs (`holdForSave`), leaving the page writes
 * nothing: a successful save `clear`s the draft, a refused one `release`s it.
 */
export function useLocalDraft<V>(key: DraftKey | undefined, values: V, initial: V, restoreTo: (values: V) => void) {
  const [offer, setOffer] = useState<DraftOffer<V> | null>(() => {
    if (!key) return null;
    clearLocalDrafts({ expiredOnly: true });
    const stored = readDraft<V>(key);
    if (!stored || sameValues(stored.values, initial)) return null;
    return { savedAt: stored.savedAt, values: stored.values, olderVersion: stored.version !== key.version };
  });
  // The values a successful save left (a comment box empties, a form moves on): not unsaved typing.
  const [savedValues, setSavedValues] = useState<string | null>(null);
  const name = key && storageKey(key);
  const latest = useRef({ key, values, initial });
  // First among the effects, so the ones below (and the unmount flush) see this render's values.
  useEffect(() => {
    latest.current = { key, values, initial };
  });
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const typed = useRef(false);
  const typedSince = useRef(clearings);

  const flush = () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    const { key: current, values: now, initial: start } = latest.current;
    if (!current || saving.current || !typed.current || typedSince.current !== clearings) return;
    if (sameValues(now, start)) removeDraft(current);
    else writeDraft(current, now);
  };

  useEffect(() => {
    if (!name) return;
    // The first run is the form opening: nothing typed yet, and a found draft stays until the user chooses.
    if (!typed.current && sameValues(latest.current.values, latest.current.initial)) return;
    typed.current = true;
    typedSince.current = clearings;
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(flush, DRAFT_SAVE_DELAY_MS);
  }, [name, values]);

  // Leaving the page (navigation, unmount; a reload or a closed tab does not unmount) writes what
  // was typed in the last half second; `flush` reads the latest values from the ref, so it is
  // registered once.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    offer,
    /** There is typing the server has not saved. */
    dirty: !!key && !sameValues(values, initial) && JSON.stringify(values) !== savedValues,
    restore() {
      if (offer) restoreTo(offer.values);
      setOffer(null);
    },
    /** "Bỏ" on the offer: the found draft goes; what was typed since the form opened stays drafted. */
    discard() {
      if (key && !typed.current) removeDraft(key);
      setOffer(null);
    },
    /** A panel's "Hủy": everything typed goes, and leaving right after writes nothing back. */
    forget() {
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      typed.current = false;
      if (key) removeDraft(key);
      setOffer(null);
    },
    holdForSave() {
      flush();
      saving.current = true;
    },
    release() {
      saving.current = false;
    },
    clear() {
      if (pending.current) clearTimeout(pending.current);
      pending.current = null;
      if (key) removeDraft(key);
      setOffer(null);
      setSavedValues(JSON.stringify(latest.current.values));
      // Leaving now (the page moving on) writes nothing back; a form that stays (a comment box)
      // keeps what is typed next.
      typed.current = false;
      saving.current = false;
    },
  };
}

/**
 * The local draft of a small form kept in plain state (an action panel) rather than useForm: the
 * same draft, restore banner and leave warning. `whileSaving(send)` clears the draft when `send`
 * resolves to true (done) and keeps it otherwise; `discardThen(close)` is the panel's "Hủy".
 */
export function usePanelDraft<V>(
  key: DraftKey,
  values: V,
  initial: V,
  restoreTo: (values: V) => void,
  leaveQuestion: string,
) {
  const draft = useLocalDraft(key, values, initial, restoreTo);
  useUnsavedChangesGuard(draft.dirty, leaveQuestion);
  return {
    banner: { offer: draft.offer, onRestore: draft.restore, onDiscard: draft.discard },
    whileSaving(send: () => Promise<boolean>) {
      draft.holdForSave();
      void send().then((done) => (done ? draft.clear() : draft.release()));
    },
    discardThen: (close: () => void) => () => {
      draft.forget();
      close();
    },
  };
}
