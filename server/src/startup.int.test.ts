import pg from 'pg';
import { loadConfig } from './config';
import { startTestApp } from './test-support/test-app';
import { createTestDatabase } from './test-support/test-database';

describe('starting several replicas at once', () => {
  it('migrates and loads the demo data once when two processes start together on an empty database', async () => {
    const database = await createTestDatabase();
    try {
      const replicas = await Promise.all([startTestApp({ database }), startTestApp({ database })]);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ agencies: string; codes: string; migrations: string; names: string }>(
          `select (select count(*) from agencies) as agencies, (select count(distinct code) from agencies) as codes,
                  (select count(*) from mikro_orm_migrations) as migrations, (select count(distinct name) from mikro_orm_migrations) as names`,
        );
        expect(Number(rows[0].agencies)).toBeGreaterThan(10);
        expect(rows[0].agencies).toBe(rows[0].codes);
        expect(rows[0].migrations).toBe(rows[0].names);
      } finally {
        await client.end();
      }
      for (const replica of replicas)
        expect(
          (
            await replica.gql(
              '{ agencies(first: 1) { edges { node { code } } } }',
              {},
              await replica.login('ubnd.lead'),
            )
          ).errors,
        ).toBeUndefined();
      await Promise.all(replicas.map((replica) => replica.stop()));
    } finally {
      await database.drop();
    }
  });

  it('believes X-Forwarded-For only from the proxies it is told to trust', () => {
    expect(loadConfig({}).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 172.16.0.0/12' }).trustProxy).toBe('10.0.0.0/8, 172.16.0.0/12');
  });
});
