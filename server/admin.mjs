// Test and demo administration: pools with a given policy, MFA and sign-in attribute, and users
// in any state (temporary password, MFA on, reset required) without going through the flows.
import { randomUUID } from 'node:crypto';
import { attributesAppend, attributesToRecord, cognitoError, totp } from './cognito-local.mjs';
import { enabledMfaMethods } from './auth.mjs';

const FAKE_SMS_ROLE = { SnsCallerArn: 'arn:aws:iam::000000000000:role/local-sms', ExternalId: 'local' };
const STATUSES = ['UNCONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED'];

/**
 * @typedef {object} PoolOptions
 * @property {string} [name] Pool name; with `reuse`, the key that finds an existing pool.
 * @property {Array<'email' | 'phone_number'>} [usernameAttributes] Sign in with email or phone
 *   instead of a username (Cognito's UsernameAttributes). Default: [] (usernames).
 * @property {{ MinimumLength?: number, RequireLowercase?: boolean, RequireUppercase?: boolean,
 *   RequireNumbers?: boolean, RequireSymbols?: boolean }} [passwordPolicy] Default: Cognito's
 *   (8 characters, all four classes).
 * @property {'OFF' | 'ON' | 'OPTIONAL'} [mfa] Default 'OFF'.
 * @property {Array<'SMS_MFA' | 'SOFTWARE_TOKEN_MFA'>} [mfaTypes] MFA types the pool offers.
 *   Default: both.
 * @property {Array<'email' | 'phone_number'>} [autoVerifiedAttributes] Contacts that get a
 *   confirmation code at sign-up. Default: ['email'].
 * @property {string[]} [requiredAttributes] Standard attributes required at sign-up.
 * @property {boolean} [preventUserExistenceErrors] The app client hides unknown users.
 * @property {string} [clientName] Default 'app'.
 * @property {boolean} [reuse] Return the pool (and client) of that name if it exists, updating
 *   its settings, instead of creating another.
 */

/**
 * @typedef {object} UserOptions
 * @property {string} userPoolId
 * @property {string} username What the user signs in with (an email or phone number in such pools).
 * @property {string} [password]
 * @property {boolean} [temporary] The password is temporary: status FORCE_CHANGE_PASSWORD.
 * @property {'UNCONFIRMED' | 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'RESET_REQUIRED'} [status]
 * @property {Record<string, string>} [attributes] e.g. { email, email_verified: 'true', phone_number }
 * @property {{ sms?: boolean, totp?: boolean | string, preferred?: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | null }} [mfa]
 *   Turn SMS or TOTP MFA on or off; `totp: true` makes a new secret, a string sets that secret.
 * @property {boolean} [enabled]
 * @property {boolean} [replace] Create: overwrite an existing user of that name.
 */

/**
 * @param {any} services cognito-local services
 * @param {(target: string, body: any) => Promise<any>} call runs a Cognito API target
 * @param {{ logger: any }} ctx
 */
export function createAdmin(services, call, ctx) {

  /** @param {PoolOptions} opts */
  function poolSettings(opts) {
    const types = opts.mfaTypes ?? ['SMS_MFA', 'SOFTWARE_TOKEN_MFA'];
    return {
      UsernameAttributes: opts.usernameAttributes ?? [],
      AutoVerifiedAttributes: opts.autoVerifiedAttributes ?? ['email'],
      MfaConfiguration: opts.mfa ?? 'OFF',
      Policies: { PasswordPolicy: { MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true, ...opts.passwordPolicy } },
      SmsConfiguration: types.includes('SMS_MFA') ? FAKE_SMS_ROLE : undefined,
      SoftwareTokenMfaConfiguration: { Enabled: types.includes('SOFTWARE_TOKEN_MFA') },
    };
  }

  /** @param {PoolOptions} opts */
  function clientSettings(opts) {
    return {
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: opts.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
    };
  }

  /** @param {string} userPoolId @param {string} username */
  async function findUser(userPoolId, username) {
    const userPool = await services.cognito.getUserPool(ctx, userPoolId);
    const user = await userPool.getUserByUsername(ctx, username);
    return { userPool, user };
  }

  /** MFA changes applied to a stored user. @param {any} user @param {UserOptions['mfa']} mfa */
  function withMfa(user, mfa) {
    if (!mfa) return { user, totpSecret: undefined };
    const methods = new Set(user.UserMFASettingList ?? []);
    let next = { ...user };
    if (mfa.sms !== undefined) {
      if (mfa.sms) methods.add('SMS_MFA');
      else methods.delete('SMS_MFA');
      next.MFAOptions = mfa.sms ? [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] : [];
    }
    let totpSecret;
    if (mfa.totp) {
      totpSecret = typeof mfa.totp === 'string' ? mfa.totp : totp.generateSecret();
      next.SoftwareTokenMfaConfiguration = { Secret: totpSecret, Verified: true };
      methods.add('SOFTWARE_TOKEN_MFA');
    } else if (mfa.totp === false) {
      next.SoftwareTokenMfaConfiguration = undefined;
      methods.delete('SOFTWARE_TOKEN_MFA');
    }
    next.UserMFASettingList = [...methods];
    if (mfa.preferred !== undefined) next.PreferredMfaSetting = mfa.preferred ?? undefined;
    return { user: next, totpSecret };
  }

  /** @param {any} user */
  const summary = (user) => ({
    username: user.Username,
    status: user.UserStatus,
    enabled: user.Enabled !== false,
    attributes: attributesToRecord(user.Attributes),
    mfa: enabledMfaMethods(user),
    preferredMfa: user.PreferredMfaSetting ?? null,
    totpSecret: user.SoftwareTokenMfaConfiguration?.Secret ?? null,
  });

  /** @param {string | undefined} status */
  function assertStatus(status) {
    if (status !== undefined && !STATUSES.includes(status)) {
      throw cognitoError('InvalidParameterException', `status must be one of ${STATUSES.join(', ')}`);
    }
  }

  return {
    /**
     * Creates (or with `reuse`, finds and updates) a user pool and its app client. The client
     * allows USER_SRP_AUTH, USER_PASSWORD_AUTH and refresh.
     * @param {PoolOptions} [opts]
     * @returns {Promise<{ userPoolId: string, clientId: string }>}
     */
    async createPool(opts = {}) {
      const name = opts.name ?? `pool-${randomUUID().slice(0, 8)}`;
      const clientName = opts.clientName ?? 'app';
      const settings = poolSettings(opts);
      const existing = opts.reuse
        ? (await services.cognito.listUserPools(ctx)).find((/** @type {any} */ p) => p.Name === name)
        : undefined;
      let userPoolId = existing?.Id;
      if (!userPoolId) {
        const required = (opts.requiredAttributes ?? []).map((attr) => ({ Name: attr, Required: true }));
        const { UserPool } = await call('CreateUserPool', { PoolName: name, Schema: required, ...settings });
        userPoolId = UserPool.Id;
      }
      const userPool = await services.cognito.getUserPool(ctx, userPoolId);
      await userPool.updateOptions(ctx, { ...userPool.options, ...settings, LastModifiedDate: new Date() });

      const clients = await services.cognito.listAppClients(ctx, userPoolId);
      const client = clients.find((/** @type {any} */ c) => c.ClientName === clientName);
      if (client) {
        await userPool.saveAppClient(ctx, { ...client, ...clientSettings(opts) });
        return { userPoolId, clientId: client.ClientId };
      }
      const { UserPoolClient } = await call('CreateUserPoolClient', { UserPoolId: userPoolId, ClientName: clientName, ...clientSettings(opts) });
      return { userPoolId, clientId: UserPoolClient.ClientId };
    },

    /**
     * Creates a user directly in a state (no messages are sent).
     * @param {UserOptions} opts
     * @returns {Promise<ReturnType<typeof summary>>}
     */
    async createUser(opts) {
      const { userPoolId, username, password = 'Passw0rd!', attributes = {} } = opts;
      assertStatus(opts.status);
      const { userPool, user: existing } = await findUser(userPoolId, username);
      if (existing && !opts.replace) throw cognitoError('UsernameExistsException', 'User already exists');
      const login = userPool.options.UsernameAttributes ?? [];
      const alias = login.find((/** @type {string} */ a) => (a === 'email' ? username.includes('@') : /^\+\d+$/.test(username)));
      if (login.length && !alias) throw cognitoError('InvalidParameterException', `Username should be one of: ${login.join(', ')}.`);
      const sub = existing ? attributesToRecord(existing.Attributes).sub : randomUUID();
      const now = new Date();
      const record = {
        Username: existing?.Username ?? (alias ? sub : username),
        Password: password,
        Attributes: attributesAppend([], ...Object.entries({ sub, ...(alias ? { [alias]: username } : {}), ...attributes })
          .map(([Name, Value]) => ({ Name, Value: String(Value) }))),
        Enabled: opts.enabled !== false,
        UserStatus: opts.status ?? (opts.temporary ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED'),
        UserCreateDate: now,
        UserLastModifiedDate: now,
        RefreshTokens: [],
      };
      const { user, totpSecret } = withMfa(record, opts.mfa);
      await userPool.saveUser(ctx, user);
      return { ...summary(user), totpSecret: totpSecret ?? null };
    },

    /**
     * Changes a user's attributes, status, password, MFA or enabled flag.
     * @param {Partial<UserOptions> & { userPoolId: string, username: string }} opts
     */
    async updateUser(opts) {
      assertStatus(opts.status);
      const { userPool, user: found } = await findUser(opts.userPoolId, opts.username);
      if (!found) throw cognitoError('UserNotFoundException', 'User does not exist.');
      let user = { ...found, UserLastModifiedDate: new Date() };
      if (opts.attributes) {
        user.Attributes = attributesAppend(user.Attributes, ...Object.entries(opts.attributes)
          .map(([Name, Value]) => ({ Name, Value: Value === null ? '' : String(Value) })));
      }
      if (opts.status) user.UserStatus = opts.status;
      if (opts.password) user.Password = opts.password;
      if (opts.enabled !== undefined) user.Enabled = opts.enabled;
      const changed = withMfa(user, opts.mfa);
      await userPool.saveUser(ctx, changed.user);
      return { ...summary(changed.user), totpSecret: changed.totpSecret ?? summary(changed.user).totpSecret };
    },

    /**
     * A user's state (never the password), or null.
     * @param {{ userPoolId: string, username: string }} opts
     */
    async getUser({ userPoolId, username }) {
      const { user } = await findUser(userPoolId, username);
      return user ? summary(user) : null;
    },
  };
}
