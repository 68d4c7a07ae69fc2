import { quarterName, romanQuarter } from '../../kit/period';
import { useT } from '../../kit/i18n';
import { percentCompleted } from './agency-table';
import type { GroupCounts, TrendPoint } from './dashboard.operations';

const share = (part: number, total: number) => (total === 0 ? 0 : part / total);
const percentText = (part: number, total: number) => `${Math.round(share(part, total) * 100)}%`;

const WIDTH = 360;
const HEIGHT = 170;
const PLOT_TOP = 20;
const PLOT_BOTTOM = 140;
const PLOT_HEIGHT = PLOT_BOTTOM - PLOT_TOP;

/**
 * Per quarter, one bar of the share of tasks completed: on time at the bottom, late above it.
 * Plain SVG; the numbers are in the accessible name too.
 */
export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const t = useT();
  const slot = WIDTH / Math.max(1, points.length);
  const barWidth = Math.min(48, slot * 0.5);
  const description = points
    .map(({ period, counts }) =>
      t('dashboard.trendPoint', {
        quarter: quarterName(t, period),
        onTime: percentText(counts.completedOnTime, counts.total),
        late: percentText(counts.completedLate, counts.total),
      }),
    )
    .join('; ');

  return (
    <section className="dashboard-panel" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('dashboard.trend')}</h2>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="chart-legend__swatch chart-segment--completed-on-time" />
          {t('dashboard.trendOnTime')}
        </li>
        <li>
          <span className="chart-legend__swatch chart-segment--completed-late" />
          {t('dashboard.trendLate')}
        </li>
      </ul>
      <svg
        className="trend-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('dashboard.trendChart', { values: description })}
      >
        <line className="trend-chart__axis" x1={0} x2={WIDTH} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} />
        {points.map(({ period, counts }, index) => {
          const x = index * slot + (slot - barWidth) / 2;
          const onTime = share(counts.completedOnTime, counts.total) * PLOT_HEIGHT;
          const late = share(counts.completedLate, counts.total) * PLOT_HEIGHT;
          const completed = percentCompleted(counts);
          return (
            <g key={`${period.year}-${period.quarter}`}>
              <rect className="trend-chart__on-time" x={x} y={PLOT_BOTTOM - onTime} width={barWidth} height={onTime} />
              <rect
                className="trend-chart__late"
                x={x}
                y={PLOT_BOTTOM - onTime - late}
                width={barWidth}
                height={late}
              />
              <text
                className="trend-chart__value"
                x={x + barWidth / 2}
                y={PLOT_BOTTOM - onTime - late - 6}
                textAnchor="middle"
              >
                {completed === null ? t('dashboard.noPercent') : `${completed}%`}
              </text>
              <text className="trend-chart__label" x={x + barWidth / 2} y={PLOT_BOTTOM + 18} textAnchor="middle">
                {`${romanQuarter(period.quarter)}/${period.year}`}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}

const SPARK_WIDTH = 72;
const SPARK_HEIGHT = 22;

/** The share completed over the trend's quarters, as a tiny line (quarters without tasks are skipped). */
export function Sparkline({ series }: { series: readonly (GroupCounts | null)[] }) {
  const t = useT();
  const values = series.map((counts) => (counts ? percentCompleted(counts) : null));
  const step = SPARK_WIDTH / Math.max(1, values.length - 1);
  const points = values
    .map((value, index) =>
      value === null
        ? null
        : `${(index * step).toFixed(1)},${(SPARK_HEIGHT - 2 - (value / 100) * (SPARK_HEIGHT - 4)).toFixed(1)}`,
    )
    .filter((point): point is string => point !== null);
  const label = t('dashboard.sparkline', {
    count: values.length,
    values: values.map((value) => (value === null ? t('dashboard.noPercent') : `${value}%`)).join(', '),
  });
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`}
      width={SPARK_WIDTH}
      height={SPARK_HEIGHT}
      role="img"
      aria-label={label}
    >
      <polyline points={points.join(' ')} />
      {points.length === 1 && <circle cx={points[0].split(',')[0]} cy={points[0].split(',')[1]} r={2} />}
    </svg>
  );
}
