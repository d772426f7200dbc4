// The /_dev/ API for tests and demos (JSON, CORS open, loopback only). Routes:
//   GET    /_dev/messages?username=&userPoolId=   codes "sent", oldest first
//   DELETE /_dev/messages                          empty the mailbox
//   POST   /_dev/pools      PoolOptions            → { userPoolId, clientId }
//   POST   /_dev/users      UserOptions            → user summary
//   PATCH  /_dev/users      { userPoolId, username, ...changes } → user summary
//   GET    /_dev/users?userPoolId=&username=       → user summary (404 if none)
//   POST   /_dev/faults     Fault                  the next matching Cognito calls fail
//   DELETE /_dev/faults                            clear pending faults
// See server/README.md for the bodies.

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'content-type',
};
const MAX_BODY = 1024 * 1024;

/**
 * @typedef {object} Fault
 * @property {'error' | 'malformed' | 'delay' | 'drop'} type error: an error response (default
 *   500 InternalErrorException); malformed: HTTP 200 with a body that is not JSON; delay: answer
 *   normally after `delayMs`; drop: close the connection without an answer.
 * @property {number} [count] How many calls it affects. Default 1.
 * @property {string} [target] Only calls to this target (e.g. 'InitiateAuth'). Default: any.
 * @property {number} [delayMs] For delay. Default 2000.
 * @property {number} [status] For error. Default 500.
 * @property {string} [code] For error: the __type. Default 'InternalErrorException'.
 * @property {string} [message] For error. Default 'Injected fault'.
 */

const FAULT_TYPES = ['error', 'malformed', 'delay', 'drop'];

export class Faults {
  /** @type {Array<Fault & { count: number }>} */
  #pending = [];

  /** @param {Fault} fault */
  add(fault) {
    if (!FAULT_TYPES.includes(fault?.type)) throw new Error(`type must be one of ${FAULT_TYPES.join(', ')}`);
    this.#pending.push({ ...fault, count: Math.max(1, Number(fault.count ?? 1)) });
  }

  /** The fault for this call, if any; counts it down. @param {string} target */
  take(target) {
    const fault = this.#pending.find((f) => !f.target || f.target === target);
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.#pending.splice(this.#pending.indexOf(fault), 1);
    return fault;
  }

  clear() {
    this.#pending = [];
  }
}

/**
 * Answers a Cognito call with the fault; `proceed` runs the real handler (after a delay).
 * @param {Fault} fault @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res @param {() => void} proceed
 */
export function applyFault(fault, req, res, proceed) {
  switch (fault.type) {
    case 'delay':
      setTimeout(proceed, fault.delayMs ?? 2000);
      return;
    case 'drop':
      req.socket.destroy();
      return;
    case 'malformed':
      res.writeHead(200, { ...CORS, 'content-type': 'application/x-amz-json-1.1' });
      res.end('{"AuthenticationResult": <html>');
      return;
    default:
      sendJson(res, fault.status ?? 500, { __type: fault.code ?? 'InternalErrorException', message: fault.message ?? 'Injected fault' });
  }
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function sendJson(res, status, body) {
  res.writeHead(status, { ...CORS, 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<any>} */
async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('Body too large'), { status: 413 });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw Object.assign(new Error('Body is not JSON'), { status: 400 });
  }
}

/**
 * @param {{ admin: ReturnType<typeof import('./admin.mjs').createAdmin>,
 *   mailbox: import('./mailbox.mjs').Mailbox, faults: Faults }} deps
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function devApi({ admin, mailbox, faults }) {
  /** @type {Record<string, (body: any, query: URLSearchParams) => Promise<[number, unknown]>>} */
  const routes = {
    'GET /_dev/messages': async (_body, q) => [200, {
      messages: mailbox.list({ username: q.get('username') ?? undefined, userPoolId: q.get('userPoolId') ?? undefined }),
    }],
    'DELETE /_dev/messages': async () => {
      mailbox.clear();
      return [204, null];
    },
    'POST /_dev/pools': async (body) => [201, await admin.createPool(body)],
    'POST /_dev/users': async (body) => [201, await admin.createUser(body)],
    'PATCH /_dev/users': async (body) => [200, await admin.updateUser(body)],
    'GET /_dev/users': async (_body, q) => {
      const user = await admin.getUser({ userPoolId: q.get('userPoolId') ?? '', username: q.get('username') ?? '' });
      return user ? [200, user] : [404, { __type: 'UserNotFoundException', message: 'User does not exist.' }];
    },
    'POST /_dev/faults': async (body) => {
      for (const fault of Array.isArray(body) ? body : [body]) faults.add(fault);
      return [204, null];
    },
    'DELETE /_dev/faults': async () => {
      faults.clear();
      return [204, null];
    },
  };

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      res.end();
      return;
    }
    const route = routes[`${req.method} ${url.pathname.replace(/\/$/, '')}`];
    if (!route) {
      sendJson(res, 404, { message: `No dev route ${req.method} ${url.pathname}` });
      return;
    }
    try {
      const body = req.method === 'POST' || req.method === 'PATCH' ? await readJson(req) : undefined;
      const [status, result] = await route(body, url.searchParams);
      if (status === 204) {
        res.writeHead(204, CORS);
        res.end();
      } else {
        sendJson(res, status, result);
      }
    } catch (error) {
      const e = /** @type {any} */ (error);
      if (e?.code) sendJson(res, 400, { __type: e.code, message: e.message });
      else sendJson(res, e?.status ?? 400, { message: e?.message ?? String(error) });
    }
  };
}
