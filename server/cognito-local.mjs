// The one place that loads cognito-local 5.3.0. Its package entry exports only createServer and
// createDefaultServer, and createDefaultServer hard-wires the data directory and a console
// message sender, so we compose the same services it does from its typed lib/ modules (each
// ships a .d.ts) with our own data directory and message sender. node_modules is never patched.
import { createRequire } from 'node:module';

// aws-sdk v2 (used only for Lambda triggers) prints an end-of-support notice when loaded.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';

const require = createRequire(import.meta.url);
const pkgRequire = createRequire(require.resolve('cognito-local/package.json'));

/** @param {string} path */
const lib = (path) => pkgRequire(`./lib/${path}`);

export const { createServer } = pkgRequire('./lib/index.js');
export const { Router } = lib('server/Router.js');
export const { loadConfig } = lib('server/config.js');
export const { DateClock, TriggersService, LambdaService, MessagesService } = lib('services/index.js');
export const { CognitoServiceFactoryImpl } = lib('services/cognitoService.js');
export const { UserPoolServiceFactoryImpl, attributeValue, attributesAppend, attributesToRecord } =
  lib('services/userPoolService.js');
export const { StormDBDataStoreFactory } = lib('services/dataStore/stormDb.js');
export const { MessageDeliveryService } = lib('services/messageDelivery/messageDelivery.js');
export const { selectAppropriateDeliveryMethod } = lib('services/messageDelivery/deliveryMethod.js');
export const { CryptoService } = lib('services/crypto.js');
export const { otp } = lib('services/otp.js');
export const totp = lib('services/totp.js');
export const { JwtTokenGenerator } = lib('services/tokenGenerator.js');
export const errors = lib('errors.js');
export const publicKey = lib('keys/cognitoLocal.public.json');
/** cognito-local's own dependencies, resolved from its package so hoisting does not matter. */
export const pino = pkgRequire('pino');
export const AWS = pkgRequire('aws-sdk');
export const jwt = pkgRequire('jsonwebtoken');

/**
 * A Cognito service error, serialised by cognito-local as `{ __type: code, message }` (HTTP 400).
 * @param {string} code
 * @param {string} message
 */
export const cognitoError = (code, message) => new errors.CognitoError(code, message);
