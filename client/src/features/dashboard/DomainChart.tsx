import { useT } from '../../kit/i18n';
import type { DashboardStatistics } from './dashboard.operations';
import { groupClass, groupCount, GROUPS } from './groups';

/**
 * One horizontal bar per domain, stacked in the four groups. Bar lengths share one scale (the
 * largest domain fills the width) so domains compare at a glance; every segment also says its
 * number in text, for readers who cannot tell the colours apart.
 */
export function DomainChart({ byDomain }: { byDomain: DashboardStatistics['byDomain'] }) {
  const t = useT();
  const largest = Math.max(1, ...byDomain.map((row) => row.counts.total));
  return (
    <section className="dashboard-panel" aria-labelledby="domain-chart-title">
      <h2 id="domain-chart-title">{t('dashboard.byDomain')}</h2>
      {byDomain.length === 0 ? (
        <p className="muted">{t('dashboard.noDomains')}</p>
      ) : (
        <>
          <ChartLegend />
          <ul className="domain-chart">
            {byDomain.map(({ domain, counts }) => (
              <li key={domain} className="domain-chart__row">
                <span className="domain-chart__label">{t(`domain.${domain}`)}</span>
                <span className="domain-chart__track">
                  <span className="domain-chart__bar" style={{ width: `${(counts.total / largest) * 100}%` }}>
                    {GROUPS.filter((group) => groupCount(counts, group) > 0).map((group) => (
                      <span
                        key={group}
                        className={`chart-segment chart-segment--${groupClass(group)}`}
                        style={{ flexGrow: groupCount(counts, group) }}
                        title={`${t(`taskGroup.${group}`)}: ${groupCount(counts, group)}`}
                      >
                        <span className="visually-hidden">{t(`taskGroup.${group}`)}: </span>
                        {groupCount(counts, group)}
                      </span>
                    ))}
                  </span>
                </span>
                <span className="domain-chart__total">{counts.total}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ChartLegend() {
  const t = useT();
  return (
    <ul className="chart-legend" aria-hidden="true">
      {GROUPS.map((group) => (
        <li key={group}>
          <span className={`chart-legend__swatch chart-segment--${groupClass(group)}`} />
          {t(`taskGroup.${group}`)}
        </li>
      ))}
    </ul>
  );
}
