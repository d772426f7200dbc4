import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-forgot-password.js';
import { FAKE_CODE, FAKE_PASSWORD, authError } from '../../../stories/support/scenarios.js';
import {
  dark, expectAlert, expectFieldError, expectHeading, expectPending, loaded, narrow, onStep, type Story,
} from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-forgot-password',
  component: 'auth-forgot-password',
  args: { lang: '' },
};
export default meta;

const forgot = onStep('auth-forgot-password', 'forgotPassword');

export const ForgotPassword: Story = {
  ...forgot,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Reset Password');
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByRole('button', { name: 'Send code' })).toBeEnabled();
  },
};
export const ForgotPasswordDark: Story = dark(ForgotPassword);
export const ForgotPasswordNarrow: Story = narrow(ForgotPassword);

export const UsernameRequired: Story = {
  ...forgot,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expectFieldError(canvas.getByLabelText('Username'), 'This field is required');
  },
};

export const LimitExceeded: Story = {
  ...onStep('auth-forgot-password', 'forgotPassword', {}, (fake) =>
    fake.handle('forgotPassword', () => {
      throw authError('LimitExceeded', 'Attempt limit exceeded, please try after some time.');
    }),
  ),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'alice{Enter}');
    await expectAlert(canvasElement, 'Attempt limit exceeded, please try after some time.');
  },
};

export const SendingCode: Story = {
  ...onStep('auth-forgot-password', 'forgotPassword', {}, (fake) => void fake.hold('forgotPassword')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'alice{Enter}');
    await expectPending(canvasElement, 'Sending…');
  },
};

const reset = onStep('auth-forgot-password', 'confirmResetPassword');

export const ConfirmResetPassword: Story = {
  ...reset,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Reset Password');
    await expect(canvas.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByLabelText('New Password')).toHaveAttribute('autocomplete', 'new-password');
  },
};
export const ConfirmResetPasswordDark: Story = dark(ConfirmResetPassword);
export const ConfirmResetPasswordNarrow: Story = narrow(ConfirmResetPassword);

export const PasswordsMustMatch: Story = {
  ...reset,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), FAKE_CODE);
    await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), 'Other1234!');
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    await expectFieldError(canvas.getByLabelText('Confirm Password'), 'Your passwords must match');
  },
};

export const ResetPending: Story = {
  ...onStep('auth-forgot-password', 'confirmResetPassword', {}, (fake) => void fake.hold('confirmForgotPassword')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), FAKE_CODE);
    await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), `${FAKE_PASSWORD}{Enter}`);
    await expectPending(canvasElement, 'Submitting…');
  },
};

export const WrongCode: Story = {
  ...reset,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), '000000');
    await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), `${FAKE_PASSWORD}{Enter}`);
    await expectAlert(canvasElement, 'Invalid verification code provided, please try again.');
  },
};

export const PasswordChanged: Story = {
  ...reset,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('Code'), FAKE_CODE);
    await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), `${FAKE_PASSWORD}{Enter}`);
    await waitFor(() => expect(loaded(context).flow.step).toBe('signIn'));
    await expect(loaded(context).flow.notice?.key).toBe('Your password has been changed');
  },
};
