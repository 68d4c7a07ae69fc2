import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { ormConfig } from '../db/orm-config';
import { seedDemoData } from './demo-seeder';

/** `npm run seed`: migrates, then reloads the demo data (refuses in production). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.production && !process.argv.includes('--force')) {
    throw new Error('refusing to replace data in production (pass --force if you really mean it)');
  }
  const database = await openDatabase(config);
  const orm = await MikroORM.init(ormConfig(database.url));
  try {
    await orm.getMigrator().up();
    const counts = await seedDemoData(orm.em.fork(), { password: config.demoPassword, settings: config });
    console.log(
      `demo data loaded: ${counts.agencies} agencies, ${counts.users} users, ${counts.requests} requests, ${counts.proposals} proposals, ${counts.tasks} tasks`,
    );
  } finally {
    await orm.close();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
