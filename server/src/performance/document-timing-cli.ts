import 'reflect-metadata';
import { generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config';
import { ormConfig } from '../db/orm-config';
import { loadDocumentProfile, renderDecisionPdf, setDocumentProfile } from '../modules/documents';
import { configureSigning, signPdf, type SignerIdentity } from '../modules/signing';
import { seedDemoData } from '../seeding/demo-seeder';
import { runSql } from '../shared/sql';

/**
 * For `npm run bench -- documents`: on the demo data in DATABASE_URL (reloaded here), the time to
 * lay out and sign the demo decision as issuing does (renderDecisionPdf reading through the ORM,
 * then signPdf), its two halves, and the floor — one RSA-2048 signature over the same bytes with
 * node's crypto, the least any signed document costs. Prints one JSON line; medians in ms.
 */
async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 50);
  const config = loadConfig();
  const signingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-bench-signing-'));
  configureSigning({ ...config.signing, dir: signingDir, keyPassphrase: 'bench' });
  setDocumentProfile(loadDocumentProfile(config.provinceName, null));
  const orm = await MikroORM.init(ormConfig(config.databaseUrl!));
  try {
    await orm.getMigrator().up();
    await seedDemoData(orm.em.fork(), { password: config.demoPassword, settings: config });
    const [decision] = await runSql<
      {
        id: string;
        signed_at: Date;
        user_id: string;
        username: string;
        full_name: string;
        title: string;
        agency: string;
      }[]
    >(
      orm.em.fork(),
      `select d.id, d.signed_at, u.id as user_id, u.username, u.full_name, u.title, a.name as agency
         from decisions d join users u on u.id = d.signer_id join agencies a on a.id = u.agency_id
        order by d.number limit 1`,
      [],
    );
    const signer: SignerIdentity = {
      userId: decision.user_id,
      username: decision.username,
      fullName: decision.full_name,
      title: decision.title,
      agencyName: decision.agency,
    };
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const render = () => renderDecisionPdf(orm.em.fork(), decision.id);
    const pdf = await render();
    await signPdf(pdf, signer, decision.signed_at); // the official's key is issued once, not timed
    const timings = { issue: [] as number[], render: [] as number[], sign: [] as number[], floor: [] as number[] };
    const ms = (from: bigint, to: bigint) => Number(to - from) / 1e6;
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      const laidOut = await render();
      const rendered = process.hrtime.bigint();
      await signPdf(laidOut, signer, decision.signed_at);
      const signed = process.hrtime.bigint();
      timings.render.push(ms(started, rendered));
      timings.sign.push(ms(rendered, signed));
      timings.issue.push(ms(started, signed));
      sign('sha256', laidOut, privateKey);
      timings.floor.push(ms(signed, process.hrtime.bigint()));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      JSON.stringify({
        runs,
        pdfBytes: pdf.length,
        issueMs: median(timings.issue),
        renderMs: median(timings.render),
        signMs: median(timings.sign),
        floorMs: median(timings.floor),
      }),
    );
  } finally {
    await orm.close();
    fs.rmSync(signingDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
