// Pure helpers: SRP encoding against the client library, Cognito's masking, MFA types.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { maskDestination, poolMfaTypes } from './policy.mjs';
import { N, g, k, modPow, padHex } from './srp.mjs';

const require = createRequire(import.meta.url);
const AuthenticationHelper = require('amazon-cognito-identity-js/lib/AuthenticationHelper').default;
const BigInteger = require('amazon-cognito-identity-js/lib/BigInteger').default;

describe('SRP helpers', () => {
  const helper = new AuthenticationHelper('pool');

  it('uses the client library group and multiplier', () => {
    assert.equal(N.toString(16), helper.N.toString(16));
    assert.equal(g.toString(16), helper.g.toString(16));
    assert.equal(k.toString(16), helper.k.toString(16));
  });

  it('pads hex like the client (even length, 00 before a set top bit)', () => {
    for (const n of [0x14n, 0xecn, 0x1234n, 0x8000n, 0xfffn, N]) {
      assert.equal(padHex(n), helper.padHex(new BigInteger(n.toString(16), 16)), n.toString(16));
    }
  });

  it('computes modular powers', () => {
    assert.equal(modPow(4n, 13n, 497n), 445n);
    assert.equal(modPow(g, 0n, N), 1n);
    assert.equal(modPow(-3n, 3n, 7n), 1n);
  });
});

describe('Cognito behaviours', () => {
  it('masks destinations as Cognito does', () => {
    assert.equal(maskDestination('carol@example.com'), 'c***@e***.com');
    assert.equal(maskDestination('x@localhost'), 'x***@l***');
    assert.equal(maskDestination('+15555550123'), '+*******0123');
  });

  it('reads the MFA types a pool offers', () => {
    assert.deepEqual(poolMfaTypes({}), { sms: true, totp: true });
    assert.deepEqual(poolMfaTypes({ SoftwareTokenMfaConfiguration: { Enabled: true } }), { sms: false, totp: true });
    assert.deepEqual(poolMfaTypes({ SmsConfiguration: {}, SoftwareTokenMfaConfiguration: { Enabled: false } }), { sms: true, totp: false });
  });
});
