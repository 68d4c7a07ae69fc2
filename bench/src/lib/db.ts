import { execFileSync } from 'node:child_process';

export const PG_HOST = '127.0.0.1';
export const PG_PORT = 5432;
export const dbUrl = (name: string, port = PG_PORT) => `postgres://postgres@${PG_HOST}:${port}/${name}`;

export function psql(sql: string, db = 'postgres'): string {
  return execFileSync(
    'psql',
    ['-h', PG_HOST, '-p', String(PG_PORT), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-Atqc', sql],
    { encoding: 'utf8' },
  ).trim();
}

export function recreateDatabase(name: string) {
  psql(`drop database if exists ${name} with (force)`);
  psql(`create database ${name}`);
}

export function dropDatabase(name: string) {
  psql(`drop database if exists ${name} with (force)`);
}
