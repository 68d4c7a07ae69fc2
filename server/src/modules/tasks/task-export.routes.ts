import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import { sendJsonError } from '../../http/json-errors';
import { vietnameseDate } from '../../shared/clock';
import { toCsv } from '../../shared/csv';
import { fieldError, invalidInput, unauthenticated } from '../../shared/errors';
import type { EventBus } from '../../shared/event-bus';
import { message } from '../../shared/messages';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import type { Viewer } from '../../shared/viewer';
import { quarterLabel, type Quarter } from './quarter';
import { CATEGORY_LABELS, DOMAIN_LABELS, GROUP_LABELS, STATUS_LABELS } from './task-labels';
import { QuarterService } from './quarter.service';
import { TaskService } from './task.service';
import type { GroupCounts } from './task-statistics.views';
import type { TaskView } from './task.views';

export interface TaskExportDeps {
  orm: MikroORM;
  bus: EventBus;
  viewerOf(req: Request): Promise<Viewer | null>;
  log(message: string, error?: unknown): void;
}

/** The largest export: a province's quarter is a few thousand tasks at most. */
const MAX_EXPORT_ROWS = 50_000;

/**
 * Quarterly exports for spreadsheets (CSV, UTF-8 with BOM), with the same visibility as the API:
 *   GET /exports/quarter-tasks.csv?year=&quarter=[&agencyId=][&asOf=]     one row per task
 *   GET /exports/quarter-agencies.csv?year=&quarter=[&asOf=]              one row per agency, then the total
 */
export function taskExportRoutes(deps: TaskExportDeps): express.Router {
  const router = express.Router();

  router.get('/exports/quarter-tasks.csv', async (req, res) => {
    try {
      const { viewer, service, period, asOf } = await begin(req, deps);
      // the statistics' scope is the export's: the agency's tasks if the viewer may read them (its own by default)
      const scope = await new QuarterService(deps.orm.em.fork(), deps.bus).statistics(
        viewer,
        period,
        asOf,
        optional(req.query.agencyId),
      );
      const tasks: TaskView[] = [];
      let after: string | null = null;
      do {
        const page = await service.list(
          viewer,
          { period, ownerAgencyId: scope.agency?.id ?? null, asOf: scope.asOf },
          MAX_PAGE_SIZE,
          after,
        );
        tasks.push(...page.edges.map((e) => e.node));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && tasks.length < MAX_EXPORT_ROWS);
      const header = [
        'Mã',
        'Nhiệm vụ',
        'Cơ quan thực hiện',
        'Loại nhiệm vụ',
        'Lĩnh vực',
        'Quý',
        'Hạn hoàn thành',
        'Trạng thái',
        'Ngày hoàn thành',
        'Tiến độ (%)',
        `Kết quả (đến ${vietnameseDate(scope.asOf)})`,
      ];
      const rows = tasks.map((t) => [
        t.code,
        t.title,
        t.ownerAgency.name,
        CATEGORY_LABELS[t.category],
        DOMAIN_LABELS[t.domain],
        quarterLabel(t.period),
        vietnameseDate(t.dueDate),
        STATUS_LABELS[t.status],
        t.completedOn ? vietnameseDate(t.completedOn) : null,
        t.progressPercent,
        t.group ? GROUP_LABELS[t.group] : null,
      ]);
      send(
        res,
        `nhiem-vu-quy-${period.quarter}-${period.year}${scope.agency ? `-${scope.agency.code}` : ''}.csv`,
        toCsv(header, rows),
      );
    } catch (error) {
      sendJsonError(res, error, deps.log, 'task export');
    }
  });

  router.get('/exports/quarter-agencies.csv', async (req, res) => {
    try {
      const { viewer, period, asOf } = await begin(req, deps);
      const stats = await new QuarterService(deps.orm.em.fork(), deps.bus).statistics(viewer, period, asOf, null);
      const lines = stats.agency
        ? [{ name: stats.agency.name, counts: stats.counts }]
        : stats.byAgency.map((a) => ({ name: a.agency.name, counts: a.counts }));
      const header = ['Cơ quan', 'Tổng số', ...Object.values(GROUP_LABELS), 'Tỷ lệ hoàn thành (%)'];
      // whole numbers only: "73.3" is text (or a date) to an Excel set to Vietnamese, whose decimal mark is a comma
      const row = (name: string, c: GroupCounts) => [
        name,
        c.total,
        c.completedOnTime,
        c.completedLate,
        c.notDoneWithinDeadline,
        c.notDoneOverdue,
        c.total ? Math.round((c.completed * 100) / c.total) : 0,
      ];
      const rows = [
        ...lines.map((l) => row(l.name, l.counts)),
        ...(stats.agency ? [] : [row('Toàn tỉnh', stats.counts)]),
      ];
      send(res, `thong-ke-quy-${period.quarter}-${period.year}.csv`, toCsv(header, rows));
    } catch (error) {
      sendJsonError(res, error, deps.log, 'statistics export');
    }
  });

  return router;
}

async function begin(
  req: Request,
  deps: TaskExportDeps,
): Promise<{ viewer: Viewer; service: TaskService; period: Quarter; asOf: string | null }> {
  const viewer = await deps.viewerOf(req);
  if (!viewer) throw unauthenticated();
  const year = Number(optional(req.query.year));
  const quarter = Number(optional(req.query.quarter));
  if (!Number.isInteger(year) || !Number.isInteger(quarter)) {
    throw invalidInput([fieldError('period', 'REQUIRED', message('quarter.periodRequired'))]);
  }
  return {
    viewer,
    service: new TaskService(deps.orm.em.fork(), deps.bus),
    period: { year, quarter },
    asOf: optional(req.query.asOf),
  };
}

const optional = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function send(res: express.Response, fileName: string, csv: string): void {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(csv);
}
