import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages/en';
import { vi, type MessageKey, type Messages } from './messages/vi';

export type Locale = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;
/** Text the server wrote for the user (a field problem with its limit): shown as it is. */
export type ServerText = string & { readonly __serverText: true };
export type Translate = (key: MessageKey | ServerText, params?: MessageParams) => string;

export const LOCALE_STORAGE_KEY = 'lien-thong.locale';
const dictionaries: Record<Locale, Messages> = { vi, en };

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

// Storage can be unavailable (private mode, blocked cookies); the UI then just stays Vietnamese.
function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted; the choice still applies to this visit.
  }
}

function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** A translator for one language, outside React (pure helpers and their tests take one). */
export function translatorFor(locale: Locale): Translate {
  const messages = dictionaries[locale];
  return (key, params) => (key in messages ? interpolate(messages[key as MessageKey], params) : key);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => ({ locale, setLocale, t: translatorFor(locale) }), [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLocale must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
