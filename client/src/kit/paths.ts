/** The work queue ("Việc cần xử lý"): what the signed-in official must do next. */
export const WORK_QUEUE_PATH = '/work';

/** Where a signed-in user lands when no other page was asked for (the shell's `/`, the login page's default). */
export const HOME_PATH = WORK_QUEUE_PATH;
