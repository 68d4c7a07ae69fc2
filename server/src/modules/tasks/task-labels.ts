import { DomainArea } from '../../shared/domain-area';
import { TaskCategory, TaskGroup } from './task-enums';
import { TaskStatus } from './task-status';

/** Vietnamese labels for exports and printed reports (the client has its own, bilingual, set). */
export const CATEGORY_LABELS: Record<TaskCategory, string> = {
  BREAKTHROUGH: 'Đột phá',
  KEY: 'Trọng tâm',
  ROUTINE: 'Thường xuyên',
};

export const GROUP_LABELS: Record<TaskGroup, string> = {
  COMPLETED_ON_TIME: 'Hoàn thành đúng hạn',
  COMPLETED_LATE: 'Hoàn thành quá hạn',
  NOT_DONE_WITHIN_DEADLINE: 'Chưa hoàn thành, trong hạn',
  NOT_DONE_OVERDUE: 'Chưa hoàn thành, quá hạn',
};

export const STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Đang thực hiện',
  COMPLETED: 'Hoàn thành',
  CANCELLED: 'Đã hủy',
  CARRIED_OVER: 'Chuyển quý sau',
};

export const DOMAIN_LABELS: Record<DomainArea, string> = {
  LAND: 'Đất đai',
  MINERALS: 'Khoáng sản',
  ENVIRONMENT: 'Môi trường',
  SEA_ISLANDS: 'Biển và hải đảo',
  WATER_RESOURCES: 'Tài nguyên nước',
  CLIMATE_CHANGE: 'Biến đổi khí hậu',
  ADMIN_REFORM: 'Cải cách hành chính',
  DIGITAL_TRANSFORMATION: 'Chuyển đổi số',
  FINANCE: 'Tài chính',
  OTHER: 'Khác',
};
