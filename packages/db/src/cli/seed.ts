import { seedDemo } from '../seed/index.ts';
import { runWithDatabase } from './database.ts';

await runWithDatabase('seed', async (handle) => {
  await handle.migrate();
  const started = performance.now();
  const summary = await seedDemo(handle.db);
  const { counts } = summary;
  console.log(
    summary.skipped
      ? 'the database already holds data: nothing seeded'
      : `seeded in ${Math.round(performance.now() - started)} ms`,
  );
  console.log(Object.entries(counts).map(([table, n]) => `${n} ${table}`).join(', '));
  console.log(`demo logins (password ${summary.logins[0]?.password ?? ''}):`);
  for (const login of summary.logins) console.log(`  ${login.role.padEnd(15)} ${login.email.padEnd(42)} ${login.description}`);
  console.log(`API token: ${summary.apiToken}`);
});
