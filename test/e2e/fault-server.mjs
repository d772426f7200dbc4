// @web/test-runner plugin for the fault tests: a local Cognito server of their own, because the
// server's injected faults hit every caller and the shared one serves test files running in
// parallel. Also lets a test stop it ("the server is down") and start it again on the same port.
//
//   executeServerCommand('e2e-fault-server', { action: 'start' }) → { endpoint, devApi, pool }
//   executeServerCommand('e2e-fault-server', { action: 'stop' })
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalCognito } from '../../server/index.mjs';

export function e2eFaultServer() {
  /** @type {Awaited<ReturnType<typeof startLocalCognito>> | undefined} */
  let server;
  /** @type {string | undefined} */
  let dataDir;
  let port = 0;
  /** @type {{ userPoolId: string, clientId: string } | undefined} */
  let pool;

  async function start() {
    if (!server) {
      dataDir ??= await mkdtemp(path.join(tmpdir(), 'local-cognito-faults-'));
      // Same port and data on a restart: Amplify's config and the users stay valid.
      server = await startLocalCognito({ port, host: '127.0.0.1', dataDir, quiet: true });
      port = server.port;
      pool ??= await server.createPool({ name: 'e2e-faults' });
    }
    return { endpoint: server.url, devApi: `${server.url}/_dev`, pool };
  }

  async function stop() {
    await server?.close();
    server = undefined;
  }

  return {
    name: 'e2e-fault-server',
    /** @param {{ command: string, payload?: any }} args */
    async executeCommand({ command, payload }) {
      if (command !== 'e2e-fault-server') return undefined;
      if (payload?.action === 'stop') {
        await stop();
        return true;
      }
      return start();
    },
    async serverStop() {
      await stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
