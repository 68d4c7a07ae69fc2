/** Where a signed-in user lands when no other page was asked for (the shell's `/`, the login page's default). */
export const HOME_PATH = '/agencies';
