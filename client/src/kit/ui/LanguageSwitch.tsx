import { useLocale, useT, type Locale } from '../i18n';

const LOCALES: readonly Locale[] = ['vi', 'en'];

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={locale === option}
          onClick={() => setLocale(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
