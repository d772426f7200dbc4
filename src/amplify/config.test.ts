import { expect } from '@open-wc/testing';
import { Amplify } from '@aws-amplify/core';
import { Auth } from '@aws-amplify/auth';
import { currentAmplifyOptions, readAmplifyConfig } from './config.js';

/** What `amplify push` writes into aws-exports.js for a pool with most features on. */
const AWS_EXPORTS = {
  aws_project_region: 'us-east-1',
  aws_cognito_region: 'us-east-1',
  aws_user_pools_id: 'us-east-1_test',
  aws_user_pools_web_client_id: 'testclient',
  aws_cognito_username_attributes: ['EMAIL', 'PHONE_NUMBER'],
  aws_cognito_social_providers: ['GOOGLE', 'FACEBOOK', 'AMAZON', 'APPLE'],
  aws_cognito_signup_attributes: ['EMAIL', 'GIVEN_NAME', 'custom:Team'],
  aws_cognito_mfa_configuration: 'OPTIONAL',
  aws_cognito_mfa_types: ['SMS', 'TOTP'],
  aws_cognito_password_protection_settings: {
    passwordPolicyMinLength: 12,
    passwordPolicyCharacters: [
      'REQUIRES_LOWERCASE',
      'REQUIRES_UPPERCASE',
      'REQUIRES_NUMBERS',
      'REQUIRES_SYMBOLS',
    ],
  },
  aws_cognito_verification_mechanisms: ['PHONE_NUMBER'],
};

describe('readAmplifyConfig', () => {
  it('reads every aws_cognito_* key of an aws-exports file', () => {
    expect(readAmplifyConfig(AWS_EXPORTS)).to.deep.equal({
      loginMechanisms: ['email', 'phone_number'],
      verificationMechanisms: ['phone_number'],
      signUpAttributes: ['phone_number', 'email', 'given_name', 'custom:Team'],
      socialProviders: ['google', 'facebook', 'amazon', 'apple'],
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: true,
      },
      mfa: { configuration: 'OPTIONAL', types: ['SMS', 'TOTP'] },
    });
  });

  it('means username when no username attribute is configured', () => {
    expect(readAmplifyConfig({ aws_cognito_username_attributes: [] }).loginMechanisms).to.deep.equal([
      'username',
    ]);
  });

  it('leaves out what the config does not say, so defaults and explicit options apply', () => {
    expect(readAmplifyConfig({})).to.deep.equal({});
    expect(readAmplifyConfig({ aws_user_pools_id: 'x' })).to.deep.equal({});
  });

  it('reads a password policy without character rules, and a numeric string length', () => {
    const read = readAmplifyConfig({
      aws_cognito_password_protection_settings: {
        passwordPolicyMinLength: '8',
        passwordPolicyCharacters: [],
      },
    });
    expect(read.passwordPolicy).to.deep.equal({ minLength: 8 });
  });

  it('reads the CLI names of character rules in any case, and nothing else', () => {
    const read = readAmplifyConfig({
      aws_cognito_password_protection_settings: {
        passwordPolicyCharacters: ['requires_symbols', 'requireLowercase', 'REQUIRES_EMOJI', 'REQUIRES_', 'NUMBERS'],
      },
    });
    expect(read.passwordPolicy).to.deep.equal({ requireSymbols: true });
  });

  it('reads a password policy without a length (or with none usable) as character rules only', () => {
    for (const length of [undefined, null, '', 0, -1, 7.5, 'eight']) {
      const read = readAmplifyConfig({
        aws_cognito_password_protection_settings: {
          passwordPolicyMinLength: length,
          passwordPolicyCharacters: ['REQUIRES_NUMBERS'],
        },
      });
      expect(read.passwordPolicy, String(length)).to.deep.equal({ requireNumbers: true });
    }
  });

  it('ignores values it does not know and malformed keys', () => {
    const read = readAmplifyConfig({
      aws_cognito_username_attributes: ['EMAIL', 'NICKNAME'],
      aws_cognito_social_providers: ['GOOGLE', 'TWITTER'],
      aws_cognito_mfa_configuration: 'SOMETIMES',
      aws_cognito_password_protection_settings: 'strong',
      aws_cognito_verification_mechanisms: 'EMAIL',
    });
    expect(read).to.deep.equal({ loginMechanisms: ['email'], socialProviders: ['google'] });
  });

  it('reads signUpVerificationMethod at top level, under Auth, or as the CLI key', () => {
    expect(readAmplifyConfig({ signUpVerificationMethod: 'link' }).signUpVerificationMethod).to.equal(
      'link',
    );
    expect(
      readAmplifyConfig({ Auth: { signUpVerificationMethod: 'link' } }).signUpVerificationMethod,
    ).to.equal('link');
    expect(
      readAmplifyConfig({ aws_cognito_sign_up_verification_method: 'code' }).signUpVerificationMethod,
    ).to.equal('code');
    expect(readAmplifyConfig({ signUpVerificationMethod: 'email' })).to.deep.equal({});
  });
});

describe('currentAmplifyOptions', () => {
  it('reads back what the app gave Amplify.configure (aws-exports keys survive in Auth)', () => {
    Amplify.configure({ ...AWS_EXPORTS, aws_cognito_sign_up_verification_method: 'link' });
    const options = currentAmplifyOptions();
    expect(options.loginMechanisms).to.deep.equal(['email', 'phone_number']);
    expect(options.socialProviders).to.deep.equal(['google', 'facebook', 'amazon', 'apple']);
    expect(options.signUpVerificationMethod).to.equal('link');
    // Auth itself holds them, not only Amplify's copy.
    expect(readAmplifyConfig(Auth.configure() as Record<string, unknown>).mfa).to.deep.equal({
      configuration: 'OPTIONAL',
      types: ['SMS', 'TOTP'],
    });
  });

  it("reads an Auth passed in, Auth's values winning over Amplify's", () => {
    const auth = { configure: () => ({ aws_cognito_social_providers: ['APPLE'] }) };
    expect(currentAmplifyOptions(auth).socialProviders).to.deep.equal(['apple']);
  });
});
