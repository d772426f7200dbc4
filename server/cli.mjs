#!/usr/bin/env node
// `node server/cli.mjs`: the local Cognito server with the demo pools and demo user, on
// 127.0.0.1:9229 (env COGNITO_PORT; 0 = any free port), data in .cognito/ (env COGNITO_DATA_DIR).
// Ctrl-C (SIGINT) or SIGTERM stops it cleanly.
import { seedDemo } from './demo.mjs';
import { startLocalCognito } from './index.mjs';

const dataDir = process.env.COGNITO_DATA_DIR ?? '.cognito';

/** @type {Awaited<ReturnType<typeof startLocalCognito>>} */
let server;
try {
  server = await startLocalCognito({ dataDir });
} catch (error) {
  const e = /** @type {any} */ (error);
  console.error(e?.code === 'EADDRINUSE'
    ? `Local Cognito: port ${e.port} is in use. Is it already running? Set COGNITO_PORT to use another port.`
    : `Local Cognito failed to start: ${e?.message ?? e}`);
  process.exit(1);
}

let stopping = false;
/** @param {string} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`Local Cognito: ${signal}, stopping.`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

const demo = await seedDemo(server, dataDir);
const rows = Object.entries(demo.pools).map(([key, p]) =>
  `  ${key.padEnd(9)} ${p.userPoolId}  client ${p.clientId}  sign in as ${p.signIn}  (${p.about})`);
console.log([
  `Local Cognito running on ${server.url}`,
  'Demo pools (ids in .cognito/demo-pools.json):',
  ...rows,
  `Demo password: ${demo.password}`,
  `Codes "sent" by email or SMS: GET ${demo.mailbox}?username=<username, email or phone> (or start with CODE=123456)`,
  'Dev API: see server/README.md. Ctrl-C stops.',
].join('\n'));
