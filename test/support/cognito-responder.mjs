// A minimal Cognito user-pool endpoint for browser tests, served by the test runner itself
// (same origin as the test pages, so no real AWS and no second server). It answers the JSON
// calls Amplify v5 makes with USER_PASSWORD_AUTH, by their `X-Amz-Target` header, and hands
// out unsigned JWTs (amazon-cognito-identity-js only decodes their payload).
//
//   POST /__cognito/                 Cognito calls (InitiateAuth, RespondToAuthChallenge, ...)
//   POST /__cognito/admin/reset      forget every user, session and recorded request
//   POST /__cognito/admin/users      add a user: { username, password, attributes?,
//                                    confirmed? (default true), challenge? } where challenge is
//                                    SMS_MFA | SELECT_MFA_TYPE | MFA_SETUP | NEW_PASSWORD_REQUIRED
//   GET  /__cognito/admin/requests   the calls received: [{ target, body }], secrets masked
//   POST /__cognito/broken/          answers 502 with an HTML page (a failing proxy)
//
// Every code (sign-up, MFA, TOTP, reset, attribute) is CODE.
import { randomUUID } from 'node:crypto';

export const CODE = '123456';
const PREFIX = '/__cognito/';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
const SECRET_KEYS = new Set([
  'PASSWORD',
  'Password',
  'NEW_PASSWORD',
  'ProposedPassword',
  'PreviousPassword',
  'SMS_MFA_CODE',
  'SOFTWARE_TOKEN_MFA_CODE',
  'ConfirmationCode',
  'Code',
  'UserCode',
  'AccessToken',
  'RefreshToken',
  'Token',
  'Session',
]);

class CognitoFault extends Error {
  constructor(type, message) {
    super(message);
    this.type = type;
  }
}
const fault = (type, message) => new CognitoFault(type, message);

function createState() {
  return { users: new Map(), sessions: new Map(), requests: [] };
}

function base64url(value) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function jwt(payload) {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.unsigned`;
}

function readJwt(token) {
  try {
    return JSON.parse(Buffer.from(String(token).split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function tokens(user, clientId) {
  const now = Math.floor(Date.now() / 1000);
  const common = { sub: user.sub, iat: now, exp: now + 3600, auth_time: now };
  return {
    AuthenticationResult: {
      AccessToken: jwt({
        ...common,
        token_use: 'access',
        username: user.username,
        client_id: clientId,
        scope: 'aws.cognito.signin.user.admin',
      }),
      IdToken: jwt({
        ...common,
        token_use: 'id',
        aud: clientId,
        'cognito:username': user.username,
        ...user.attributes,
      }),
      RefreshToken: `refresh-${randomUUID()}`,
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    },
  };
}

function masked(user, attribute) {
  const value = user.attributes[attribute] ?? '';
  return attribute === 'email'
    ? value.replace(/^(.).*@(.).*$/, '$1***@$2***')
    : `+*******${value.slice(-4)}`;
}

function delivery(user, attribute = user.attributes.email ? 'email' : 'phone_number') {
  return {
    AttributeName: attribute,
    DeliveryMedium: attribute === 'email' ? 'EMAIL' : 'SMS',
    Destination: masked(user, attribute),
  };
}

function challengeParameters(user, challenge) {
  switch (challenge) {
    case 'SMS_MFA':
      return {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
        CODE_DELIVERY_DESTINATION: masked(user, 'phone_number'),
        USER_ID_FOR_SRP: user.username,
      };
    case 'SOFTWARE_TOKEN_MFA':
      return { FRIENDLY_DEVICE_NAME: 'My TOTP device', USER_ID_FOR_SRP: user.username };
    case 'SELECT_MFA_TYPE':
      return { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]', USER_ID_FOR_SRP: user.username };
    case 'MFA_SETUP':
      return { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' };
    case 'NEW_PASSWORD_REQUIRED':
      return {
        userAttributes: JSON.stringify(user.attributes),
        requiredAttributes: '["userAttributes.name"]',
      };
    default:
      return {};
  }
}

/** The Cognito operations, each `(state, body) => answer`; a thrown CognitoFault is a 400. */
const operations = {
  InitiateAuth(state, body) {
    if (body.AuthFlow !== 'USER_PASSWORD_AUTH') {
      throw fault('InvalidParameterException', `Unsupported auth flow ${body.AuthFlow}`);
    }
    const { USERNAME, PASSWORD } = body.AuthParameters ?? {};
    const user = state.users.get(USERNAME);
    if (!user) throw fault('UserNotFoundException', 'User does not exist.');
    if (user.password !== PASSWORD) {
      throw fault('NotAuthorizedException', 'Incorrect username or password.');
    }
    if (!user.confirmed) throw fault('UserNotConfirmedException', 'User is not confirmed.');
    return user.challenge ? challenge(state, user, user.challenge) : tokens(user, body.ClientId);
  },

  RespondToAuthChallenge(state, body) {
    const session = state.sessions.get(body.Session);
    if (!session || session.challenge !== body.ChallengeName) {
      throw fault('NotAuthorizedException', 'Invalid session for the user.');
    }
    const user = state.users.get(session.username);
    const answers = body.ChallengeResponses ?? {};
    switch (body.ChallengeName) {
      case 'SMS_MFA':
      case 'SOFTWARE_TOKEN_MFA': {
        const code = answers[`${body.ChallengeName}_CODE`];
        if (code !== CODE) throw fault('CodeMismatchException', 'Invalid code or auth state for the user.');
        break;
      }
      case 'SELECT_MFA_TYPE':
        state.sessions.delete(body.Session);
        return challenge(state, user, answers.ANSWER);
      case 'NEW_PASSWORD_REQUIRED':
        if (!answers['userAttributes.name']) {
          throw fault('InvalidParameterException', 'Missing required parameter name');
        }
        user.password = answers.NEW_PASSWORD;
        user.attributes.name = answers['userAttributes.name'];
        break;
      case 'MFA_SETUP':
        if (!session.totpVerified) throw fault('NotAuthorizedException', 'Invalid session for the user.');
        break;
      default:
        throw fault('InvalidParameterException', `Unsupported challenge ${body.ChallengeName}`);
    }
    state.sessions.delete(body.Session);
    delete user.challenge;
    return tokens(user, body.ClientId);
  },

  GetUser(state, body) {
    const user = userFromToken(state, body.AccessToken);
    return {
      Username: user.username,
      UserAttributes: [
        { Name: 'sub', Value: user.sub },
        ...Object.entries(user.attributes).map(([Name, Value]) => ({ Name, Value })),
      ],
      PreferredMfaSetting: user.preferredMfa,
      UserMFASettingList: user.preferredMfa ? [user.preferredMfa] : [],
    };
  },

  SignUp(state, body) {
    if (state.users.has(body.Username)) throw fault('UsernameExistsException', 'User already exists');
    const attributes = Object.fromEntries((body.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    const user = addUser(state, {
      username: body.Username,
      password: body.Password,
      attributes,
      confirmed: false,
    });
    return { UserConfirmed: false, UserSub: user.sub, CodeDeliveryDetails: delivery(user) };
  },

  ConfirmSignUp(state, body) {
    const user = existing(state, body.Username);
    if (body.ConfirmationCode !== CODE) {
      throw fault('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    user.confirmed = true;
    return {};
  },

  ResendConfirmationCode(state, body) {
    const user = existing(state, body.Username);
    if (user.confirmed) throw fault('InvalidParameterException', 'User is already confirmed.');
    return { CodeDeliveryDetails: delivery(user) };
  },

  ForgotPassword(state, body) {
    const user = state.users.get(body.Username);
    if (!user) throw fault('UserNotFoundException', 'Username/client id combination not found.');
    return { CodeDeliveryDetails: delivery(user) };
  },

  ConfirmForgotPassword(state, body) {
    const user = existing(state, body.Username);
    if (body.ConfirmationCode !== CODE) {
      throw fault('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    user.password = body.Password;
    return {};
  },

  AssociateSoftwareToken(state, body) {
    if (body.Session) {
      const session = state.sessions.get(body.Session);
      if (!session) throw fault('NotAuthorizedException', 'Invalid session for the user.');
      return { SecretCode: TOTP_SECRET, Session: body.Session };
    }
    userFromToken(state, body.AccessToken);
    return { SecretCode: TOTP_SECRET };
  },

  VerifySoftwareToken(state, body) {
    if (body.UserCode !== CODE) {
      throw fault('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
    }
    const session = state.sessions.get(body.Session);
    if (session) session.totpVerified = true;
    else userFromToken(state, body.AccessToken);
    return { Status: 'SUCCESS', Session: body.Session };
  },

  SetUserMFAPreference(state, body) {
    const user = userFromToken(state, body.AccessToken);
    if (body.SoftwareTokenMfaSettings?.PreferredMfa) user.preferredMfa = 'SOFTWARE_TOKEN_MFA';
    else if (body.SMSMfaSettings?.PreferredMfa) user.preferredMfa = 'SMS_MFA';
    return {};
  },

  GetUserAttributeVerificationCode(state, body) {
    const user = userFromToken(state, body.AccessToken);
    return { CodeDeliveryDetails: delivery(user, body.AttributeName) };
  },

  VerifyUserAttribute(state, body) {
    const user = userFromToken(state, body.AccessToken);
    if (body.Code !== CODE) {
      throw fault('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    user.attributes[`${body.AttributeName}_verified`] = 'true';
    return {};
  },

  GlobalSignOut(state, body) {
    userFromToken(state, body.AccessToken);
    return {};
  },

  RevokeToken() {
    return {};
  },
};

function challenge(state, user, name) {
  const session = `session-${randomUUID()}`;
  state.sessions.set(session, { username: user.username, challenge: name });
  return { ChallengeName: name, Session: session, ChallengeParameters: challengeParameters(user, name) };
}

function existing(state, username) {
  const user = state.users.get(username);
  if (!user) throw fault('UserNotFoundException', 'Username/client id combination not found.');
  return user;
}

function userFromToken(state, token) {
  const payload = readJwt(token);
  const user = payload?.token_use === 'access' && state.users.get(payload.username);
  if (!user) throw fault('NotAuthorizedException', 'Invalid Access Token');
  return user;
}

function addUser(state, { username, password, attributes = {}, confirmed = true, challenge }) {
  const user = { username, password, attributes: { ...attributes }, confirmed, challenge, sub: randomUUID() };
  state.users.set(username, user);
  return user;
}

/** A copy of a request body with every password, code, token and session replaced. */
function mask(value) {
  if (Array.isArray(value)) return value.map(mask);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, SECRET_KEYS.has(key) ? '***' : mask(v)]),
  );
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'content-type, x-amz-target, x-amz-user-agent, cache-control',
  'Access-Control-Expose-Headers': 'x-amzn-errortype, x-amzn-requestid',
};

function send(res, status, body, type = 'application/x-amz-json-1.1') {
  res.writeHead(status, { ...CORS, 'Content-Type': type });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

async function handle(state, req, res) {
  const url = new URL(req.url, 'http://localhost');
  const route = url.pathname.slice(PREFIX.length);
  if (req.method === 'OPTIONS') return send(res, 204, '');
  if (route === 'broken/') return send(res, 502, '<html><body>Bad Gateway</body></html>', 'text/html');
  if (route === 'admin/requests') return send(res, 200, state.requests, 'application/json');
  const body = await readBody(req);
  if (route === 'admin/reset') {
    Object.assign(state, createState());
    return send(res, 200, {}, 'application/json');
  }
  if (route === 'admin/users') {
    addUser(state, body);
    return send(res, 200, {}, 'application/json');
  }
  const target = String(req.headers['x-amz-target'] ?? '').replace(/^AWSCognitoIdentityProviderService\./, '');
  state.requests.push({ target, body: mask(body) });
  const operation = Object.hasOwn(operations, target) ? operations[target] : undefined;
  if (!operation) {
    return send(res, 400, { __type: 'UnknownOperationException', message: `Unknown operation ${target}` });
  }
  try {
    return send(res, 200, operation(state, body));
  } catch (error) {
    if (!(error instanceof CognitoFault)) throw error;
    return send(res, 400, { __type: error.type, message: error.message });
  }
}

/**
 * The dev-server plugin. It sits in front of the test runner's own request handling (a plugin's
 * `serve` hook can only answer 200, and Cognito errors are 400s).
 */
export function cognitoResponder() {
  const state = createState();
  return {
    name: 'cognito-responder',
    serverStart({ server }) {
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (!req.url?.startsWith(PREFIX)) {
          for (const listener of others) listener.call(server, req, res);
          return;
        }
        handle(state, req, res).catch((error) => send(res, 500, { __type: 'InternalErrorException', message: String(error) }));
      });
    },
  };
}
