/**
 * Story fixtures: an `AuthFlow` on the in-memory `FakeAuthService`, already brought to a given
 * step through the flow's own API (the same calls a user's clicks make), so every story needs
 * no backend. Play functions then drive the rest through the UI.
 */
import { AuthFlow } from '../../src/core/flow.js';
import type { FlowOptions, SignInResult, Step } from '../../src/core/types.js';
import { FAKE_PASSWORD, FakeAuthService } from '../../test/support/fake-auth-service.js';

export { FAKE_CODE, FAKE_PASSWORD, FAKE_TOTP_SECRET, authError } from '../../test/support/fake-auth-service.js';

export interface Scenario {
  flow: AuthFlow;
  fake: FakeAuthService;
}

/** Steps a story can start on. */
export type ScenarioStep = Exclude<Step, 'setup' | 'signOut'>;

const USERNAME = 'alice';

/** A sign-in answer that asks for a challenge. */
function challenge(kind: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'SELECT_MFA_TYPE' | 'MFA_SETUP' | 'NEW_PASSWORD_REQUIRED'): SignInResult {
  const user = { username: USERNAME, attributes: { email: 'alice@example.com' } };
  const handle = { fakeUser: USERNAME };
  switch (kind) {
    case 'SMS_MFA':
      return {
        kind: 'challenge', challenge: kind, user, handle,
        codeDelivery: { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******1234' },
      };
    case 'SELECT_MFA_TYPE':
      return { kind: 'challenge', challenge: kind, user, handle, mfaTypes: ['SMS', 'TOTP'] };
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'challenge', challenge: kind, user, handle, requiredAttributes: ['name'] };
    default:
      return { kind: 'challenge', challenge: kind, user, handle };
  }
}

/** Which challenge (if any) sign-in answers with to reach each step. */
const CHALLENGE_FOR: Partial<Record<ScenarioStep, Parameters<typeof challenge>[0]>> = {
  confirmSignIn: 'SMS_MFA',
  selectMfaType: 'SELECT_MFA_TYPE',
  setupTotp: 'MFA_SETUP',
  forceNewPassword: 'NEW_PASSWORD_REQUIRED',
};

/**
 * A started flow on `step`. `configure` runs on the fake first (replace a call with
 * `fake.handle(...)`, or make one hang with `fake.hold(...)`).
 */
export async function scenario(
  step: ScenarioStep = 'signIn',
  options: Partial<FlowOptions> = {},
  configure?: (fake: FakeAuthService) => void,
): Promise<Scenario> {
  const fake = new FakeAuthService();
  const sign = CHALLENGE_FOR[step];
  if (sign) fake.handle('signIn', () => challenge(sign));
  if (step === 'verifyUser' || step === 'confirmVerifyUser') {
    fake.handle('verifiedContact', () => ({ verified: {}, unverified: { email: 'a***@e***' } }));
  }
  configure?.(fake);
  const flow = new AuthFlow(fake, options);
  await flow.start();
  await reach(flow, step);
  return { flow, fake };
}

async function reach(flow: AuthFlow, step: ScenarioStep): Promise<void> {
  switch (step) {
    case 'signIn':
      return;
    case 'signUp':
      return flow.toSignUp();
    case 'confirmSignUp':
      flow.toSignUp();
      return flow.submit('signUp', {
        username: USERNAME, email: 'alice@example.com', password: FAKE_PASSWORD, confirm_password: FAKE_PASSWORD,
      });
    case 'forgotPassword':
      return flow.toForgotPassword();
    case 'confirmResetPassword':
      flow.toForgotPassword();
      return flow.submit('forgotPassword', { username: USERNAME });
    case 'confirmVerifyUser':
      await flow.submit('signIn', { username: USERNAME, password: FAKE_PASSWORD });
      return flow.submit('verifyUser', { attribute: 'email' });
    default:
      // Every other step is where signing in leads (the fake answers with its challenge).
      return flow.submit('signIn', { username: USERNAME, password: FAKE_PASSWORD });
  }
}

