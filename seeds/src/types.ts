/** Plain data describing the demo world; the server's seeder turns it into rows. */
export type SeedAgencyKind = 'PEOPLES_COMMITTEE' | 'DEPARTMENT' | 'SECTOR' | 'LOCALITY';
export type SeedRole = 'STAFF' | 'LEAD' | 'ADMIN';

export interface SeedAgency {
  code: string;
  name: string;
  shortName: string;
  kind: SeedAgencyKind;
  parentCode?: string;
}

export interface SeedUser {
  username: string;
  fullName: string;
  title: string;
  role: SeedRole;
  agencyCode: string;
}

/**
 * When a step of the story happens: a day of the article's history (at 08:00 in the province), or
 * so many days before the demo is loaded, for work that is current whenever it is loaded.
 */
export type SeedMoment = { on: string } | { daysAgo: number };
