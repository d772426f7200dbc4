import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-sign-up.js';
import { FAKE_CODE, FAKE_PASSWORD, authError } from '../../../stories/support/scenarios.js';
import {
  dark, expectAlert, expectFieldError, expectHeading, expectPending, loaded, narrow, onStep, type Story,
} from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-sign-up',
  component: 'auth-sign-up',
  args: { lang: '' },
};
export default meta;

const POLICY = { minLength: 8, requireLowercase: true, requireUppercase: true, requireNumbers: true, requireSymbols: true };
const signUp = onStep('auth-sign-up', 'signUp', { signUpAttributes: ['email'], passwordPolicy: POLICY });

export const SignUp: Story = {
  ...signUp,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Create a new account');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Confirm Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    await expect(canvas.getByRole('tab', { name: 'Create Account' })).toHaveAttribute('aria-selected', 'true');
  },
};
export const SignUpDark: Story = dark(SignUp);
export const SignUpNarrow: Story = narrow(SignUp);

export const PasswordHints: Story = {
  ...signUp,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'abc');
    // Only the rules still unmet are listed, tied to the field.
    await waitFor(() => {
      const hints = [...canvasElement.querySelectorAll('.auth-hint li')].map((li) => li.textContent?.trim());
      expect(hints).toContain('Password must have at least 8 characters');
      expect(hints).not.toContain('Password must have lower case letters');
    });
  },
};

export const PasswordsMustMatch: Story = {
  ...signUp,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'alice');
    await userEvent.type(canvas.getByLabelText('Email'), 'alice@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), 'Different1!');
    await userEvent.click(canvas.getByRole('button', { name: 'Create Account' }));
    await expectFieldError(canvas.getByLabelText('Confirm Password'), 'Your passwords must match');
  },
};
export const PasswordsMustMatchDark: Story = dark(PasswordsMustMatch);

export const InvalidEmail: Story = {
  ...signUp,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Email'), 'not-an-email');
    await userEvent.click(canvas.getByRole('button', { name: 'Create Account' }));
    await expectFieldError(canvas.getByLabelText('Email'), 'Enter a valid email');
    await expectFieldError(canvas.getByLabelText('Username'), 'This field is required');
  },
};

async function fillSignUp({ canvas, userEvent }: Parameters<NonNullable<Story['play']>>[0]) {
  await userEvent.type(canvas.getByLabelText('Username'), 'alice');
  await userEvent.type(canvas.getByLabelText('Email'), 'alice@example.com');
  await userEvent.type(canvas.getByLabelText('Password'), FAKE_PASSWORD);
  await userEvent.type(canvas.getByLabelText('Confirm Password'), FAKE_PASSWORD);
  await userEvent.click(canvas.getByRole('button', { name: 'Create Account' }));
}

export const UsernameExists: Story = {
  ...onStep('auth-sign-up', 'signUp', { signUpAttributes: ['email'] }, (fake) =>
    fake.handle('signUp', () => {
      throw authError('UsernameExists', 'User already exists');
    }),
  ),
  play: async (context) => {
    await fillSignUp(context);
    await expectAlert(context.canvasElement, 'User already exists');
  },
};

export const Pending: Story = {
  ...onStep('auth-sign-up', 'signUp', { signUpAttributes: ['email'] }, (fake) => void fake.hold('signUp')),
  play: async (context) => {
    await fillSignUp(context);
    await expectPending(context.canvasElement, 'Creating Account…');
  },
};

export const SignsUp: Story = {
  ...onStep('auth-sign-up', 'signUp', { signUpAttributes: ['email'] }),
  play: async (context) => {
    await fillSignUp(context);
    // The next step takes focus.
    const heading = await expectHeading(context.canvasElement, 'We Emailed You');
    await waitFor(() => expect(heading).toHaveFocus());
  },
};

const confirm = onStep('auth-sign-up', 'confirmSignUp');

export const ConfirmSignUp: Story = {
  ...confirm,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'We Emailed You');
    await expect(canvasElement.querySelector('.auth-text')?.textContent).toContain('a***@e***');
    await expect(canvas.getByLabelText('Confirmation Code')).toHaveAttribute('autocomplete', 'one-time-code');
  },
};
export const ConfirmSignUpDark: Story = dark(ConfirmSignUp);
export const ConfirmSignUpNarrow: Story = narrow(ConfirmSignUp);

export const ConfirmSignUpWrongCode: Story = {
  ...confirm,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Confirmation Code'), '000000{Enter}');
    await expectAlert(canvasElement, 'Invalid verification code provided, please try again.');
  },
};

export const ConfirmSignUpPending: Story = {
  ...onStep('auth-sign-up', 'confirmSignUp', {}, (fake) => void fake.hold('confirmSignUp')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Confirmation Code'), `${FAKE_CODE}{Enter}`);
    await expectPending(canvasElement, 'Confirming…');
  },
};

export const ResendCode: Story = {
  ...confirm,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: 'Resend Code' }));
    await waitFor(() => expect(loaded(context).fake.callsTo('resendSignUpCode')).toHaveLength(1));
  },
};

export const ConfirmedSignsIn: Story = {
  ...confirm,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('Confirmation Code'), `${FAKE_CODE}{Enter}`);
    // Amplify's auto sign-in (Hub) finishes the flow.
    await waitFor(() => expect(loaded(context).flow.step).toBe('authenticated'));
  },
};

export const AwaitingEmailLink: Story = {
  ...onStep('auth-sign-up', 'confirmSignUp', { signUpVerificationMethod: 'link' }),
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'We Emailed You');
    await expect(canvas.queryByLabelText('Confirmation Code')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Back to Sign In' })).toBeEnabled();
  },
};
