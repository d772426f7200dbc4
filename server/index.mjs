// A local Amazon Cognito user-pool server for the demo, Storybook and the tests: cognito-local
// 5.3.0 plus what Amplify v5 needs from it (SRP sign-in, password policy, Cognito's errors,
// MFA setup, the missing targets) and a dev API with a mailbox for the codes it "sends".
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { accountTargets, userForClaims } from './account.mjs';
import { createAdmin } from './admin.mjs';
import { Sessions, authTargets } from './auth.mjs';
import {
  AWS, CognitoServiceFactoryImpl, CryptoService, DateClock, JwtTokenGenerator, LambdaService, Router,
  StormDBDataStoreFactory, TriggersService, UserPoolServiceFactoryImpl, createServer, loadConfig, otp, pino,
} from './cognito-local.mjs';
import { Faults, applyFault, devApi } from './dev-api.mjs';
import { Mailbox, createMessages } from './mailbox.mjs';
import { TokenGuard } from './tokens.mjs';

/**
 * cognito-local makes every pool sign in by email unless its config says otherwise; pools here
 * choose their own UsernameAttributes, so the default must be "usernames".
 * @param {string} dataDir
 */
async function ensureConfig(dataDir) {
  const file = path.join(dataDir, 'config.json');
  /** @type {any} */
  let config = {};
  try {
    config = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (/** @type {any} */ (error)?.code !== 'ENOENT') throw error;
  }
  if (Array.isArray(config.UserPoolDefaults?.UsernameAttributes)) return;
  config.UserPoolDefaults = { ...config.UserPoolDefaults, UsernameAttributes: [] };
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
}

/**
 * StormDB rewrites a pool's whole JSON file on every change with fs.writeFile, without waiting
 * for the previous write; Node documents that as unsafe (writes to one file may interleave and
 * leave a corrupt file for the next start). Queue each store's writes so they never overlap.
 * @param {any} factory StormDBDataStoreFactory
 */
function serialWrites(factory) {
  return {
    async create(/** @type {any} */ ctx, /** @type {string} */ id, /** @type {any} */ defaults) {
      const store = await factory.create(ctx, id, defaults);
      let queue = Promise.resolve();
      for (const method of ['set', 'delete']) {
        const write = store[method].bind(store);
        store[method] = (/** @type {any[]} */ ...args) => {
          const run = queue.then(() => write(...args));
          queue = run.catch(() => undefined);
          return run;
        };
      }
      return store;
    },
  };
}

/** The operation named by `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`. @param {http.IncomingMessage} req */
const targetOf = (req) => {
  const header = req.headers['x-amz-target'];
  return typeof header === 'string' ? header.split('.')[1] : undefined;
};

/**
 * One line per request: operation (or method and path), status, Cognito error type, duration.
 * Never the body or query string, so no password, code or token reaches the log.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {(line: string) => void} log
 */
function logRequest(req, res, log) {
  const started = performance.now();
  const label = targetOf(req) ?? `${req.method} ${new URL(req.url ?? '/', 'http://local').pathname}`;
  let errorType = '';
  const end = res.end.bind(res);
  /** @type {any} */ (res).end = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
    if (res.statusCode >= 400 && chunk) {
      try {
        errorType = JSON.parse(String(chunk)).__type ?? '';
      } catch { /* not JSON: nothing to add */ }
    }
    return end(chunk, ...rest);
  };
  const done = () => {
    const ms = Math.round(performance.now() - started);
    const status = res.writableFinished ? res.statusCode : 'aborted';
    log(`${label} ${status}${errorType ? ` ${errorType}` : ''} ${ms}ms`);
  };
  res.once('close', done);
}

/**
 * @typedef {object} LocalCognito
 * @property {string} url Base URL, e.g. http://127.0.0.1:9229 (Amplify's `endpoint`).
 * @property {number} port
 * @property {(opts?: import('./admin.mjs').PoolOptions) => Promise<{ userPoolId: string, clientId: string }>} createPool
 * @property {(opts: import('./admin.mjs').UserOptions) => Promise<any>} createUser
 *   Creates a user in any state; resolves to its summary (username, status, attributes, mfa, totpSecret).
 * @property {(opts: Partial<import('./admin.mjs').UserOptions> & { userPoolId: string, username: string }) => Promise<any>} updateUser
 * @property {(opts: { userPoolId: string, username: string }) => Promise<any>} getUser
 * @property {(username?: string, userPoolId?: string) => import('./mailbox.mjs').DevMessage[]} messages
 *   Codes sent to the user (matched by username, email or phone), oldest first.
 * @property {(fault: import('./dev-api.mjs').Fault) => void} injectFault
 * @property {() => Promise<void>} close
 */

/**
 * Starts the local Cognito server.
 * @param {object} [options]
 * @param {number} [options.port] Default: env COGNITO_PORT or 9229; 0 picks a free port.
 * @param {string} [options.host] Default 127.0.0.1 (keep it on loopback: the dev API is open).
 * @param {string} [options.dataDir] Where pools, users and config persist. Default '.cognito'.
 * @param {boolean} [options.quiet] No request log.
 * @param {(line: string) => void} [options.log] Where request lines go. Default console.log.
 * @returns {Promise<LocalCognito>}
 */
export async function startLocalCognito({
  port = Number(process.env.COGNITO_PORT ?? 9229),
  host = '127.0.0.1',
  dataDir = '.cognito',
  quiet = false,
  log = console.log,
} = {}) {
  const dbDir = path.join(dataDir, 'db');
  await mkdir(dbDir, { recursive: true });
  await ensureConfig(dataDir);

  const logger = pino({ level: 'silent' });
  const ctx = { logger };
  const config = await loadConfig(ctx, new StormDBDataStoreFactory(dataDir));
  const clock = new DateClock();
  const stores = serialWrites(new StormDBDataStoreFactory(dbDir));
  const cognito = await new CognitoServiceFactoryImpl(dbDir, stores, new UserPoolServiceFactoryImpl(clock, stores))
    .create(ctx, config.UserPoolDefaults);
  const triggers = new TriggersService(clock, cognito,
    new LambdaService(config.TriggerFunctions, new AWS.Lambda(config.LambdaClient)), new CryptoService(config.KMSConfig));
  const mailbox = new Mailbox();
  const guard = new TokenGuard();
  const services = {
    clock, cognito, config, otp, triggers,
    messages: createMessages(triggers, mailbox),
    tokenGenerator: guard.track(new JwtTokenGenerator(clock, triggers, config.TokenConfig)),
  };

  const base = Router(services);
  const env = { services, base, sessions: new Sessions(), guard };
  /** @type {Record<string, (ctx: any, req: any) => Promise<any>>} */
  const overrides = { ...authTargets(env), ...accountTargets(env) };
  /** @param {any} c */
  const tokenUser = (c) => userForClaims(services, ctx, c).then((found) => found.user, () => null);
  /** Our targets first, then cognito-local's; every access token is verified on the way in. @param {string} target */
  const router = (target) => {
    const handler = Object.hasOwn(overrides, target) ? overrides[target] : base(target);
    return async (/** @type {any} */ c, /** @type {any} */ req) => {
      const request = req ?? {};
      const claims = typeof request.AccessToken === 'string' ? await guard.verify(request.AccessToken, tokenUser) : undefined;
      return handler({ ...c, claims }, request);
    };
  };
  const app = createServer(router, logger, { ...config.ServerConfig, development: false }, services).application;

  const admin = createAdmin(services, (target, body) => router(target)(ctx, body), ctx);
  const faults = new Faults();
  const dev = devApi({ admin, mailbox, faults });

  const server = http.createServer((req, res) => {
    if (!quiet && req.method !== 'OPTIONS') logRequest(req, res, log);
    if (req.url?.startsWith('/_dev/')) {
      dev(req, res);
      return;
    }
    const target = req.method === 'POST' ? targetOf(req) : undefined;
    const fault = target ? faults.take(target) : undefined;
    if (fault) applyFault(fault, req, res, () => app(req, res));
    else app(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  config.TokenConfig.IssuerDomain = url;

  return {
    url,
    port: address.port,
    createPool: admin.createPool,
    createUser: admin.createUser,
    updateUser: admin.updateUser,
    getUser: admin.getUser,
    messages: (username, userPoolId) => mailbox.list({ username, userPoolId }),
    injectFault: (fault) => faults.add(fault),
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
