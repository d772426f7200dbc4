// Sign-up, codes, passwords and settings: the targets cognito-local lacks (ResendConfirmationCode,
// GlobalSignOut, SetUserSettings) and wrappers that add the password policy, Cognito's error
// codes and messages, and masked delivery details to the ones it has.
import { attributeValue, attributesAppend, cognitoError, otp, selectAppropriateDeliveryMethod } from './cognito-local.mjs';
import {
  assertPasswordPolicy, incorrectCredentials, maskDestination, maskedDetails, unknownUsername, wrongVerificationCode,
} from './policy.mjs';

/** @typedef {import('./auth.mjs').Env} Env @typedef {import('./auth.mjs').Handler} Handler */

const CONTACTS = /** @type {const} */ ({
  email: { medium: 'EMAIL', verified: 'email_verified' },
  phone_number: { medium: 'SMS', verified: 'phone_number_verified' },
});

/**
 * The pool and user an access token belongs to (the router has already verified the token).
 * @param {any} services @param {any} ctx @param {any} claims
 */
export async function userForClaims(services, ctx, claims) {
  const userPool = await services.cognito.getUserPoolForClientId(ctx, claims.client_id);
  const user = await userPool.getUserByUsername(ctx, claims.sub);
  return { userPool, user };
}

/** Cognito's answer for a user-existence error when the client hides them. @param {string} username */
const hiddenDelivery = (username) => ({
  CodeDeliveryDetails: { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: maskDestination(username.includes('@') ? username : `${username}@example.com`) },
});

/** @param {Env} env */
export function accountTargets({ services, base, guard }) {
  /** @param {any} ctx @param {string} clientId @param {unknown} username */
  async function findUser(ctx, clientId, username) {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, clientId);
    const client = await services.cognito.getAppClient(ctx, clientId);
    if (typeof username !== 'string' || !username) throw cognitoError('InvalidParameterException', 'Missing required parameter USERNAME');
    const user = await userPool.getUserByUsername(ctx, username);
    return { userPool, client, user, hidden: client?.PreventUserExistenceErrors === 'ENABLED' };
  }

  /** @param {any} ctx */
  async function tokenUser(ctx) {
    const found = await userForClaims(services, ctx, ctx.claims);
    if (!found.user) throw cognitoError('NotAuthorizedException', 'Invalid Access Token');
    return found;
  }

  /**
   * Generates a code, stores it on the user and "sends" it.
   * @param {any} ctx @param {{ userPool: any, user: any, clientId: string | null, req: any }} p
   * @param {string} kind @param {{ AttributeName: string, DeliveryMedium: string, Destination: string }} details
   * @param {string} field where the code is kept on the user
   */
  async function sendCode(ctx, { userPool, user, clientId, req }, kind, details, field) {
    const code = otp();
    await userPool.saveUser(ctx, { ...user, [field]: code, UserLastModifiedDate: new Date() });
    await services.messages.deliver(ctx, kind, clientId, userPool.options.Id, user, code, req.ClientMetadata, details);
    return { CodeDeliveryDetails: maskedDetails(details) };
  }

  return {
    /** @type {Handler} */
    async SignUp(ctx, req) {
      const { userPool, user } = await findUser(ctx, req.ClientId, req.Username);
      const login = userPool.options.UsernameAttributes ?? [];
      if (user) {
        const what = login.includes('email') ? 'email' : login.includes('phone_number') ? 'phone_number' : null;
        throw cognitoError('UsernameExistsException', what ? `An account with the given ${what} already exists.` : 'User already exists');
      }
      assertPasswordPolicy(userPool.options, req.Password);
      let request = req;
      if (login.includes('phone_number') && !login.includes('email')) {
        if (!/^\+\d{6,15}$/.test(req.Username)) throw cognitoError('InvalidParameterException', 'Username should be a phone number.');
        const attributes = req.UserAttributes ?? [];
        if (!attributeValue('phone_number', attributes)) request = { ...req, UserAttributes: [...attributes, { Name: 'phone_number', Value: req.Username }] };
      }
      const result = await base('SignUp')(ctx, request);
      return { ...result, CodeDeliveryDetails: maskedDetails(result.CodeDeliveryDetails) ?? undefined };
    },

    /** @type {Handler} */
    async ConfirmSignUp(ctx, req) {
      const { userPool, user, hidden } = await findUser(ctx, req.ClientId, req.Username);
      if (!user) throw hidden ? wrongVerificationCode() : unknownUsername();
      if (user.UserStatus !== 'UNCONFIRMED') {
        throw cognitoError('NotAuthorizedException', `User cannot be confirmed. Current status is ${user.UserStatus}`);
      }
      if (!user.ConfirmationCode) throw cognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
      if (req.ConfirmationCode !== user.ConfirmationCode) throw wrongVerificationCode();
      await base('ConfirmSignUp')(ctx, req);
      // Confirming proves the contact the code went to, as in Cognito.
      const confirmed = await userPool.getUserByUsername(ctx, user.Username);
      const details = selectAppropriateDeliveryMethod(userPool.options.AutoVerifiedAttributes ?? [], confirmed);
      if (details) {
        const name = CONTACTS[/** @type {keyof typeof CONTACTS} */ (details.AttributeName)].verified;
        await userPool.saveUser(ctx, { ...confirmed, Attributes: attributesAppend(confirmed.Attributes, { Name: name, Value: 'true' }) });
      }
      return {};
    },

    /** @type {Handler} */
    async ResendConfirmationCode(ctx, req) {
      const { userPool, user, hidden } = await findUser(ctx, req.ClientId, req.Username);
      if (!user) {
        if (hidden) return hiddenDelivery(req.Username);
        throw unknownUsername();
      }
      if (user.UserStatus !== 'UNCONFIRMED') throw cognitoError('InvalidParameterException', 'User is already confirmed.');
      const details = selectAppropriateDeliveryMethod(userPool.options.AutoVerifiedAttributes ?? [], user);
      if (!details) throw cognitoError('InvalidParameterException', 'Auto verification not turned on.');
      return sendCode(ctx, { userPool, user, clientId: req.ClientId, req }, 'ResendCode', details, 'ConfirmationCode');
    },

    /** @type {Handler} */
    async ForgotPassword(ctx, req) {
      const { userPool, user, hidden } = await findUser(ctx, req.ClientId, req.Username);
      if (!user) {
        if (hidden) return hiddenDelivery(req.Username);
        throw unknownUsername();
      }
      if (user.Enabled === false) throw cognitoError('NotAuthorizedException', 'User is disabled.');
      const name = ['email', 'phone_number'].find((n) => attributeValue(n, user.Attributes) &&
        attributeValue(CONTACTS[/** @type {keyof typeof CONTACTS} */ (n)].verified, user.Attributes) === 'true');
      if (!name) {
        throw cognitoError('InvalidParameterException',
          'Cannot reset password for the user as there is no registered/verified email or phone_number');
      }
      const details = {
        AttributeName: name,
        DeliveryMedium: CONTACTS[/** @type {keyof typeof CONTACTS} */ (name)].medium,
        Destination: attributeValue(name, user.Attributes),
      };
      return sendCode(ctx, { userPool, user, clientId: req.ClientId, req }, 'ForgotPassword', details, 'ConfirmationCode');
    },

    /** @type {Handler} */
    async ConfirmForgotPassword(ctx, req) {
      const { userPool, user, hidden } = await findUser(ctx, req.ClientId, req.Username);
      if (!user) throw hidden ? wrongVerificationCode() : unknownUsername();
      assertPasswordPolicy(userPool.options, req.Password);
      if (!user.ConfirmationCode || req.ConfirmationCode !== user.ConfirmationCode) throw wrongVerificationCode();
      return base('ConfirmForgotPassword')(ctx, req);
    },

    /** @type {Handler} */
    async ChangePassword(ctx, req) {
      const { userPool, user } = await tokenUser(ctx);
      if (req.PreviousPassword !== user.Password) throw incorrectCredentials();
      assertPasswordPolicy(userPool.options, req.ProposedPassword);
      return base('ChangePassword')(ctx, req);
    },

    /** @type {Handler} */
    async GlobalSignOut(ctx) {
      const { userPool, user } = await tokenUser(ctx);
      const TokensRevokedAt = guard.revokeAll(userPool.options.Id, user.Username);
      await userPool.saveUser(ctx, { ...user, RefreshTokens: [], TokensRevokedAt });
      return {};
    },

    /** Legacy SMS MFA switch (CognitoUser.enableMFA / disableMFA). @type {Handler} */
    async SetUserSettings(ctx, req) {
      const { userPool, user } = await tokenUser(ctx);
      const options = req.MFAOptions;
      if (!Array.isArray(options)) throw cognitoError('InvalidParameterException', 'Missing required parameter MFAOptions');
      for (const o of options) {
        if (o?.DeliveryMedium !== 'SMS' || o?.AttributeName !== 'phone_number') {
          throw cognitoError('InvalidParameterException', 'Only SMS to phone_number is supported in MFAOptions');
        }
      }
      const sms = options.length > 0;
      if (sms && !attributeValue('phone_number', user.Attributes)) {
        throw cognitoError('InvalidParameterException', 'User does not have a phone_number to send SMS MFA codes to.');
      }
      const methods = new Set(user.UserMFASettingList ?? []);
      if (sms) methods.add('SMS_MFA');
      else methods.delete('SMS_MFA');
      await userPool.saveUser(ctx, {
        ...user,
        MFAOptions: options,
        UserMFASettingList: [...methods],
        PreferredMfaSetting: !sms && user.PreferredMfaSetting === 'SMS_MFA' ? undefined : user.PreferredMfaSetting,
      });
      return {};
    },

    /** @type {Handler} */
    async GetUserAttributeVerificationCode(ctx, req) {
      const { userPool, user } = await tokenUser(ctx);
      const name = req.AttributeName;
      if (name !== 'email' && name !== 'phone_number') {
        throw cognitoError('InvalidParameterException', `Attribute ${name} cannot be verified.`);
      }
      const destination = attributeValue(name, user.UnverifiedAttributeChanges) ?? attributeValue(name, user.Attributes);
      if (!destination) throw cognitoError('InvalidParameterException', `User does not have the attribute ${name}.`);
      const details = { AttributeName: name, DeliveryMedium: CONTACTS[name].medium, Destination: destination };
      return sendCode(ctx, { userPool, user, clientId: null, req }, 'VerifyUserAttribute', details, 'AttributeVerificationCode');
    },

    /** @type {Handler} */
    async UpdateUserAttributes(ctx, req) {
      const result = await base('UpdateUserAttributes')(ctx, req);
      return { ...result, CodeDeliveryDetailsList: (result.CodeDeliveryDetailsList ?? []).map(maskedDetails) };
    },

    /** @type {Handler} */
    async VerifyUserAttribute(ctx, req) {
      const { user } = await tokenUser(ctx);
      if (!req.Code || !user.AttributeVerificationCode || req.Code !== user.AttributeVerificationCode) throw wrongVerificationCode();
      return base('VerifyUserAttribute')(ctx, req);
    },
  };
}
