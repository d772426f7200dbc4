// Sign-in: InitiateAuth (USER_SRP_AUTH, USER_PASSWORD_AUTH; refresh is cognito-local's),
// RespondToAuthChallenge for every challenge the kit meets, and the MFA_SETUP half of
// AssociateSoftwareToken / VerifySoftwareToken. Each challenge is bound to a server-side
// session, so a challenge can only be answered by the client that passed the previous step.
import { randomBytes } from 'node:crypto';
import { attributeValue, attributesAppend, attributesToRecord, cognitoError, otp, totp } from './cognito-local.mjs';
import {
  assertPasswordPolicy, incorrectCredentials, invalidSession, maskDestination, poolMfaTypes, wrongMfaCode,
} from './policy.mjs';
import { createChallenge, poolNameOf, verifyPasswordClaim } from './srp.mjs';

const SESSION_MS = 3 * 60 * 1000;

/**
 * @typedef {(ctx: any, req: any) => Promise<any>} Handler
 * @typedef {{ services: any, base: (target: string) => Handler, sessions: Sessions, guard: import('./tokens.mjs').TokenGuard }} Env
 * @typedef {{ challenge: string, userPoolId: string, clientId: string, username: string, expires?: number,
 *   [key: string]: any }} SessionState
 */

/** Challenge sessions, in memory: they live for three minutes, like Cognito's. */
export class Sessions {
  /** @type {Map<string, SessionState>} */
  #map = new Map();

  /** @param {SessionState} state */
  create(state) {
    const now = Date.now();
    for (const [id, s] of this.#map) if ((s.expires ?? 0) < now) this.#map.delete(id);
    const id = randomBytes(96).toString('base64');
    this.#map.set(id, { ...state, expires: now + SESSION_MS });
    return id;
  }

  /** @param {unknown} id @returns {SessionState} */
  get(id) {
    const state = typeof id === 'string' ? this.#map.get(id) : undefined;
    if (!state || (state.expires ?? 0) < Date.now()) throw invalidSession();
    return state;
  }

  /** @param {string} id */
  delete(id) {
    this.#map.delete(id);
  }
}

/** @param {any} client app client */
const userMissing = (client) => client?.PreventUserExistenceErrors === 'ENABLED'
  ? incorrectCredentials()
  : cognitoError('UserNotFoundException', 'User does not exist.');

/**
 * Whether the app client allows an auth flow. Clients created without ExplicitAuthFlows allow
 * every flow (cognito-local's habit); otherwise Cognito's ALLOW_* names (and legacy names) count.
 * @param {any} client @param {string} flow
 */
function assertFlowAllowed(client, flow) {
  const flows = client?.ExplicitAuthFlows;
  if (!flows?.length) return;
  const legacy = { USER_PASSWORD_AUTH: 'USER_PASSWORD_AUTH', USER_SRP_AUTH: 'USER_SRP_AUTH' };
  if (!flows.includes(`ALLOW_${flow}`) && !flows.includes(legacy[/** @type {keyof typeof legacy} */ (flow)])) {
    throw cognitoError('InvalidParameterException', `${flow} flow not enabled for this client`);
  }
}

/** @param {any} user */
export function enabledMfaMethods(user) {
  const list = user.UserMFASettingList ?? [];
  const legacySms = list.length === 0 && (user.MFAOptions ?? []).some((/** @type {any} */ o) => o.DeliveryMedium === 'SMS');
  const methods = [];
  if (list.includes('SMS_MFA') || legacySms) methods.push('SMS_MFA');
  if (list.includes('SOFTWARE_TOKEN_MFA') && user.SoftwareTokenMfaConfiguration?.Verified) methods.push('SOFTWARE_TOKEN_MFA');
  return methods;
}

/**
 * The pool's required attributes the user does not have yet, as NEW_PASSWORD_REQUIRED lists them.
 * @param {any} poolOptions @param {any} user
 */
function missingRequiredAttributes(poolOptions, user) {
  const have = attributesToRecord(user.Attributes);
  return (poolOptions.SchemaAttributes ?? [])
    .filter((/** @type {any} */ a) => a.Required && a.Name !== 'sub' && !have[a.Name])
    .map((/** @type {any} */ a) => a.Name);
}

/** @param {Env} env */
export function authTargets(env) {
  const { services, sessions } = env;

  /** @param {any} ctx @param {string} clientId */
  async function poolAndClient(ctx, clientId) {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, clientId);
    const client = await services.cognito.getAppClient(ctx, clientId);
    if (!client) throw cognitoError('ResourceNotFoundException', 'User pool client does not exist.');
    return { userPool, client };
  }

  /**
   * A challenge answer the client must send back with the returned session.
   * @param {any} step {userPool, client, user}
   * @param {string} challenge
   * @param {Record<string, string>} params
   * @param {Record<string, any>} [state]
   */
  function issueChallenge({ userPool, client, user }, challenge, params, state = {}) {
    const Session = sessions.create({
      challenge, userPoolId: userPool.options.Id, clientId: client.ClientId, username: user.Username, ...state,
    });
    return { ChallengeName: challenge, ChallengeParameters: { USER_ID_FOR_SRP: user.Username, ...params }, Session };
  }

  /** @param {any} ctx @param {any} step */
  async function issueTokens(ctx, { userPool, client, user }) {
    const fresh = (await userPool.getUserByUsername(ctx, user.Username)) ?? user;
    const groups = await userPool.listUserGroupMembership(ctx, fresh);
    const tokens = await services.tokenGenerator.generate(ctx, fresh, groups, client, undefined, 'Authentication');
    await userPool.storeRefreshToken(ctx, tokens.RefreshToken, fresh);
    return { ChallengeParameters: {}, AuthenticationResult: { ...tokens, ExpiresIn: 3600, TokenType: 'Bearer' } };
  }

  /** @param {any} ctx @param {any} step @param {any} req */
  async function smsChallenge(ctx, step, req) {
    const phone = attributeValue('phone_number', step.user.Attributes);
    if (!phone) throw cognitoError('InvalidParameterException', 'User has no phone number for SMS MFA.');
    const code = otp();
    await step.userPool.saveUser(ctx, { ...step.user, MFACode: code });
    await services.messages.deliver(ctx, 'Authentication', step.client.ClientId, step.userPool.options.Id, step.user, code,
      req.ClientMetadata, { DeliveryMedium: 'SMS', AttributeName: 'phone_number', Destination: phone });
    return issueChallenge(step, 'SMS_MFA', {
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: maskDestination(phone),
    });
  }

  /** @param {any} step */
  function totpChallenge(step) {
    const name = step.user.SoftwareTokenMfaConfiguration?.FriendlyDeviceName;
    return issueChallenge(step, 'SOFTWARE_TOKEN_MFA', name ? { FRIENDLY_DEVICE_NAME: name } : {});
  }

  /** MFA as the pool and the user's settings require it, else tokens. @param {any} ctx @param {any} step @param {any} req */
  async function mfaOrTokens(ctx, step, req) {
    const mode = step.userPool.options.MfaConfiguration ?? 'OFF';
    if (mode === 'OFF') return issueTokens(ctx, step);
    const types = poolMfaTypes(step.userPool.options);
    const methods = enabledMfaMethods(step.user)
      .filter((m) => (m === 'SMS_MFA' ? types.sms : types.totp));
    if (methods.length === 0) {
      if (mode !== 'ON') return issueTokens(ctx, step);
      if (types.sms && attributeValue('phone_number', step.user.Attributes)) return smsChallenge(ctx, step, req);
      if (types.totp) return issueChallenge(step, 'MFA_SETUP', { MFAS_CAN_SETUP: JSON.stringify(['SOFTWARE_TOKEN_MFA']) });
      throw cognitoError('InvalidParameterException', 'User has no MFA method available.');
    }
    const preferred = methods.includes(step.user.PreferredMfaSetting) ? step.user.PreferredMfaSetting : undefined;
    const method = preferred ?? (methods.length === 1 ? methods[0] : undefined);
    if (!method) return issueChallenge(step, 'SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: JSON.stringify(methods) }, { choices: methods });
    return method === 'SMS_MFA' ? smsChallenge(ctx, step, req) : totpChallenge(step);
  }

  /** Everything a correct password leads to. @param {any} ctx @param {any} step @param {any} req */
  async function afterPassword(ctx, step, req) {
    if (step.user.UserStatus === 'UNCONFIRMED') throw cognitoError('UserNotConfirmedException', 'User is not confirmed.');
    if (step.user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
      const { sub: _sub, ...userAttributes } = attributesToRecord(step.user.Attributes);
      return issueChallenge(step, 'NEW_PASSWORD_REQUIRED', {
        requiredAttributes: JSON.stringify(missingRequiredAttributes(step.userPool.options, step.user).map((n) => `userAttributes.${n}`)),
        userAttributes: JSON.stringify(userAttributes),
      });
    }
    return mfaOrTokens(ctx, step, req);
  }

  /** The user a sign-in names, with Cognito's checks before any password is looked at. @param {any} ctx @param {any} req */
  async function signInStart(ctx, req) {
    const { userPool, client } = await poolAndClient(ctx, req.ClientId);
    const username = req.AuthParameters?.USERNAME;
    if (!username) throw cognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
    const user = await userPool.getUserByUsername(ctx, username);
    if (user?.Enabled === false) throw cognitoError('NotAuthorizedException', 'User is disabled.');
    if (user?.UserStatus === 'RESET_REQUIRED') {
      throw cognitoError('PasswordResetRequiredException', 'Password reset required for the user');
    }
    return { userPool, client, user };
  }

  /** @type {Handler} */
  async function passwordAuth(ctx, req) {
    const step = await signInStart(ctx, req);
    assertFlowAllowed(step.client, 'USER_PASSWORD_AUTH');
    if (!step.user) throw userMissing(step.client);
    if (step.user.Password !== req.AuthParameters.PASSWORD) throw incorrectCredentials();
    return afterPassword(ctx, step, req);
  }

  /** @type {Handler} */
  async function srpAuth(ctx, req) {
    const step = await signInStart(ctx, req);
    assertFlowAllowed(step.client, 'USER_SRP_AUTH');
    const A = req.AuthParameters.SRP_A;
    if (typeof A !== 'string' || !/^[0-9a-f]+$/i.test(A)) throw cognitoError('InvalidParameterException', 'Missing required parameter SRP_A');
    // With user-existence errors prevented, an unknown user gets a challenge it can never pass.
    if (!step.user && step.client.PreventUserExistenceErrors !== 'ENABLED') throw userMissing(step.client);
    const username = step.user?.Username ?? req.AuthParameters.USERNAME;
    const poolName = poolNameOf(step.userPool.options.Id);
    const srp = createChallenge({ poolName, username, password: step.user?.Password ?? randomBytes(16).toString('hex') });
    const secretBlock = randomBytes(64).toString('base64');
    return issueChallenge({ ...step, user: { Username: username } }, 'PASSWORD_VERIFIER', {
      SALT: srp.salt.toString(16), SECRET_BLOCK: secretBlock, SRP_B: srp.B.toString(16), USERNAME: username,
    }, { srp: { ...srp, A, secretBlock }, unknownUser: !step.user });
  }

  /** @type {Record<string, (ctx: any, step: any, req: any, session: SessionState) => Promise<any>>} */
  const answers = {
    async PASSWORD_VERIFIER(ctx, step, req, session) {
      const r = req.ChallengeResponses;
      const ok = !session.unknownUser && r.PASSWORD_CLAIM_SECRET_BLOCK === session.srp.secretBlock && verifyPasswordClaim({
        A: session.srp.A, challenge: session.srp, poolName: poolNameOf(session.userPoolId), userIdForSrp: session.username,
        secretBlock: session.srp.secretBlock, timestamp: r.TIMESTAMP, signature: r.PASSWORD_CLAIM_SIGNATURE,
      });
      sessions.delete(req.Session);
      if (!ok) throw incorrectCredentials();
      return afterPassword(ctx, step, req);
    },

    async NEW_PASSWORD_REQUIRED(ctx, step, req) {
      const r = req.ChallengeResponses;
      assertPasswordPolicy(step.userPool.options, r.NEW_PASSWORD);
      const given = Object.entries(r)
        .filter(([key]) => key.startsWith('userAttributes.'))
        .map(([key, value]) => ({ Name: key.slice('userAttributes.'.length), Value: String(value) }))
        .filter((a) => a.Name !== 'sub');
      const user = { ...step.user, Attributes: attributesAppend(step.user.Attributes, ...given) };
      const missing = missingRequiredAttributes(step.userPool.options, user);
      if (missing.length) throw cognitoError('InvalidParameterException', `Invalid attributes given, ${missing[0]} is missing`);
      const updated = { ...user, Password: r.NEW_PASSWORD, UserStatus: 'CONFIRMED', UserLastModifiedDate: new Date() };
      await step.userPool.saveUser(ctx, updated);
      sessions.delete(req.Session);
      return mfaOrTokens(ctx, { ...step, user: updated }, req);
    },

    async SMS_MFA(ctx, step, req) {
      const code = req.ChallengeResponses.SMS_MFA_CODE;
      if (!code || !step.user.MFACode || code !== step.user.MFACode) throw wrongMfaCode();
      await step.userPool.saveUser(ctx, { ...step.user, MFACode: undefined });
      sessions.delete(req.Session);
      return issueTokens(ctx, step);
    },

    async SOFTWARE_TOKEN_MFA(ctx, step, req) {
      const code = req.ChallengeResponses.SOFTWARE_TOKEN_MFA_CODE;
      const secret = step.user.SoftwareTokenMfaConfiguration?.Secret;
      if (!code || !secret || !totp.verify(secret, code)) throw wrongMfaCode();
      sessions.delete(req.Session);
      return issueTokens(ctx, step);
    },

    async SELECT_MFA_TYPE(ctx, step, req, session) {
      const answer = req.ChallengeResponses.ANSWER;
      if (!session.choices.includes(answer)) {
        throw cognitoError('InvalidParameterException', `ANSWER must be one of ${session.choices.join(', ')}`);
      }
      sessions.delete(req.Session);
      return answer === 'SMS_MFA' ? smsChallenge(ctx, step, req) : totpChallenge(step);
    },

    async MFA_SETUP(ctx, step, req, session) {
      if (!session.totpVerified) throw cognitoError('NotAuthorizedException', 'Software token has not been verified.');
      sessions.delete(req.Session);
      return issueTokens(ctx, step);
    },
  };

  /** @type {Handler} */
  async function respondToAuthChallenge(ctx, req) {
    const name = req.ChallengeName;
    const answer = Object.hasOwn(answers, name) ? answers[name] : undefined;
    if (!answer) throw cognitoError('InvalidParameterException', `Unsupported challenge ${name}`);
    if (!req.ChallengeResponses?.USERNAME) throw cognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
    if (!req.Session) throw cognitoError('InvalidParameterException', 'Missing required parameter Session');
    const session = sessions.get(req.Session);
    if (session.clientId !== req.ClientId || session.challenge !== name) throw invalidSession();
    const { userPool, client } = await poolAndClient(ctx, req.ClientId);
    if (session.unknownUser) return answer(ctx, { userPool, client, user: null }, req, session);
    const user = await userPool.getUserByUsername(ctx, session.username);
    const named = await userPool.getUserByUsername(ctx, req.ChallengeResponses.USERNAME);
    if (!user || named?.Username !== user.Username) throw invalidSession();
    return answer(ctx, { userPool, client, user }, req, session);
  }

  /** The MFA_SETUP session, its pool and user. @param {any} ctx @param {any} req */
  async function setupStep(ctx, req) {
    const session = sessions.get(req.Session);
    if (session.challenge !== 'MFA_SETUP') throw invalidSession();
    const { userPool, client } = await poolAndClient(ctx, session.clientId);
    const user = await userPool.getUserByUsername(ctx, session.username);
    if (!user) throw invalidSession();
    return { session, step: { userPool, client, user } };
  }

  /** Replaces a session with a fresh one carrying the same state (Cognito rotates it). @param {string} id @param {any} extra */
  function rotate(id, extra = {}) {
    const { expires: _expires, ...state } = sessions.get(id);
    sessions.delete(id);
    return sessions.create({ ...state, ...extra });
  }

  return {
    /** @type {Handler} */
    async InitiateAuth(ctx, req) {
      if (req.AuthFlow === 'USER_SRP_AUTH') return srpAuth(ctx, req);
      if (req.AuthFlow === 'USER_PASSWORD_AUTH') return passwordAuth(ctx, req);
      // Amplify falls back to CUSTOM_AUTH when the password is empty; no pool here has the Lambdas.
      if (req.AuthFlow === 'CUSTOM_AUTH') {
        throw cognitoError('InvalidParameterException', 'Custom auth lambda trigger is not configured for the user pool.');
      }
      try {
        return await env.base('InitiateAuth')(ctx, req);
      } catch (error) {
        // cognito-local's refresh flow says only "User not authorized".
        if (/** @type {any} */ (error)?.code === 'NotAuthorizedException') throw cognitoError('NotAuthorizedException', 'Invalid Refresh Token');
        throw error;
      }
    },
    RespondToAuthChallenge: respondToAuthChallenge,

    /** @type {Handler} */
    async AssociateSoftwareToken(ctx, req) {
      if (req.AccessToken || !req.Session) return env.base('AssociateSoftwareToken')(ctx, req);
      const { step } = await setupStep(ctx, req);
      const secret = totp.generateSecret();
      await step.userPool.saveUser(ctx, { ...step.user, SoftwareTokenMfaConfiguration: { Secret: secret, Verified: false } });
      return { SecretCode: secret, Session: rotate(req.Session) };
    },

    /** @type {Handler} */
    async VerifySoftwareToken(ctx, req) {
      if (req.AccessToken || !req.Session) {
        try {
          return await env.base('VerifySoftwareToken')(ctx, req);
        } catch (error) {
          if (/** @type {any} */ (error)?.code === 'CodeMismatchException') {
            throw cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
          }
          throw error;
        }
      }
      const { step } = await setupStep(ctx, req);
      const secret = step.user.SoftwareTokenMfaConfiguration?.Secret;
      if (!secret) throw cognitoError('InvalidParameterException', 'User has not associated a software token');
      if (!req.UserCode || !totp.verify(secret, req.UserCode)) throw cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');
      const methods = new Set(step.user.UserMFASettingList ?? []).add('SOFTWARE_TOKEN_MFA');
      await step.userPool.saveUser(ctx, {
        ...step.user,
        SoftwareTokenMfaConfiguration: { Secret: secret, Verified: true, FriendlyDeviceName: req.FriendlyDeviceName },
        UserMFASettingList: [...methods],
      });
      return { Status: 'SUCCESS', Session: rotate(req.Session, { totpVerified: true }) };
    },
  };
}
