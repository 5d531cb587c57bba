import { runWithDatabase } from './database.ts';

await runWithDatabase('migrate', async (handle) => {
  await handle.migrate();
  console.log('migrations applied');
});
