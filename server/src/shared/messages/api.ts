import type { Template } from './template';

/** The API's own refusals: request bodies, operation limits and WebSocket subscriptions. */
export const apiMessages = {
  'api.bodyTooLarge': { vi: 'Yêu cầu quá lớn (tối đa 1 MB).', en: 'The request is too large (at most 1 MB).' },
  'api.bodyNotJson': { vi: 'Nội dung yêu cầu không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'api.queryInvalid': { vi: 'Truy vấn không hợp lệ.', en: 'The query is not valid.' },
  'api.queryTooDeep': {
    vi: 'Truy vấn lồng quá sâu ({found} > {max} cấp).',
    en: 'The query is nested too deeply ({found} > {max} levels).',
  },
  'api.tooManyAliases': { vi: 'Quá nhiều bí danh ({found} > {max}).', en: 'Too many aliases ({found} > {max}).' },
  'api.tooManyDirectives': { vi: 'Quá nhiều chỉ thị ({found} > {max}).', en: 'Too many directives ({found} > {max}).' },
  'api.queryTooCostly': {
    vi: 'Truy vấn quá lớn (chi phí {found} > {max}).',
    en: 'The query is too large (cost {found} > {max}).',
  },
  'api.tooManyFields': {
    vi: 'Truy vấn có quá nhiều trường ({found} > {max}).',
    en: 'The query selects too many fields ({found} > {max}).',
  },
  'api.tooManyRepeats': {
    vi: 'Quá nhiều trường được chọn lặp lại ({found} > {max}).',
    en: 'Too many fields are selected more than once ({found} > {max}).',
  },
  'api.fragmentCycle': {
    vi: 'Fragment "{fragment}" tự lồng vào chính nó.',
    en: 'Fragment "{fragment}" includes itself.',
  },
  'api.sessionExpired': {
    vi: 'Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.',
    en: 'Your session has expired; please sign in again.',
  },
  'api.tooManySubscriptions': {
    vi: 'Quá nhiều đăng ký trên một kết nối.',
    en: 'Too many subscriptions on one connection.',
  },
  'api.subscriptionsOnly': {
    vi: 'Kết nối WebSocket chỉ dùng cho subscription.',
    en: 'The WebSocket connection is for subscriptions only.',
  },
} as const satisfies Record<string, Template>;
