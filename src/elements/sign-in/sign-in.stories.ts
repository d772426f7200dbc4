import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-sign-in.js';
import { FAKE_PASSWORD } from '../../../stories/support/scenarios.js';
import {
  dark, expectAlert, expectFieldError, expectHeading, expectPending, loaded, narrow, onStep, type Story,
} from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-sign-in',
  component: 'auth-sign-in',
  args: { lang: '' },
};
export default meta;

const signIn = onStep('auth-sign-in', 'signIn');

export const SignIn: Story = {
  ...signIn,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Sign in to your account');
    // Native fields with the autocomplete tokens password managers look for.
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.getByRole('tab', { name: 'Sign In' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('button', { name: 'Forgot your password?' })).toBeEnabled();
  },
};

export const SignInDark: Story = dark(SignIn);
export const SignInNarrow: Story = narrow(SignIn);

export const SignsIn: Story = {
  ...signIn,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('Username'), 'alice');
    await userEvent.type(canvas.getByLabelText('Password'), `${FAKE_PASSWORD}{Enter}`);
    const { flow } = loaded(context);
    await waitFor(() => expect(flow.step).toBe('authenticated'));
    // Alone on a page, the element renders nothing once its step is over.
    await expect(context.canvasElement.querySelector('form')).toBeNull();
  },
};

export const RequiredFields: Story = {
  ...signIn,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expectFieldError(canvas.getByLabelText('Username'), 'This field is required');
    await expectFieldError(canvas.getByLabelText('Password'), 'This field is required');
    // Focus goes where the user has to act.
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
  },
};

export const WrongPassword: Story = {
  ...signIn,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'alice');
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong-password{Enter}');
    await expectAlert(canvasElement, 'Incorrect username or password.');
    // The password is cleared, the username kept.
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await expect(canvas.getByLabelText('Username')).toHaveValue('alice');
  },
};
export const WrongPasswordDark: Story = dark(WrongPassword);

export const Pending: Story = {
  ...onStep('auth-sign-in', 'signIn', {}, (fake) => void fake.hold('signIn')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'alice');
    await userEvent.type(canvas.getByLabelText('Password'), `${FAKE_PASSWORD}{Enter}`);
    await expectPending(canvasElement, 'Signing in…');
  },
};

export const SocialProviders: Story = {
  ...onStep('auth-sign-in', 'signIn', { socialProviders: ['amazon', 'apple', 'facebook', 'google'] }),
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.click(canvas.getByRole('button', { name: 'Sign In with Google' }));
    await waitFor(() => expect(loaded(context).fake.callsTo('federatedSignIn')).toHaveLength(1));
    await expect(loaded(context).fake.callsTo('federatedSignIn')[0]?.input).toEqual({ provider: 'google' });
  },
};
export const SocialProvidersNarrow: Story = narrow(SocialProviders);

export const EmailLogin: Story = {
  ...onStep('auth-sign-in', 'signIn', { loginMechanisms: ['email'] }),
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('type', 'email');
  },
};

export const PhoneLogin: Story = {
  ...onStep('auth-sign-in', 'signIn', { loginMechanisms: ['phone_number'] }),
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Phone Number')).toHaveAttribute('type', 'tel');
    await expect(canvas.getByLabelText('Country Code')).toBeInTheDocument();
  },
};

export const HiddenSignUp: Story = {
  ...onStep('auth-sign-in', 'signIn', { hideSignUp: true }),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('tab', { name: 'Create Account' })).toBeNull();
  },
};

export const German: Story = {
  ...signIn,
  globals: { lang: 'de' },
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Bei Ihrem Konto anmelden');
  },
};
