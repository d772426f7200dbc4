import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-verify-user.js';
import { FAKE_CODE } from '../../../stories/support/scenarios.js';
import {
  dark, expectAlert, expectFieldError, expectHeading, expectPending, loaded, narrow, onStep, type Story,
} from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-verify-user',
  component: 'auth-verify-user',
  args: { lang: '' },
};
export default meta;

const HEADING = 'Account recovery requires verified contact information';
const verify = onStep('auth-verify-user', 'verifyUser');

export const VerifyUser: Story = {
  ...verify,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, HEADING);
    await expect(canvas.getByRole('radio', { name: 'Email: a***@e***' })).toBeChecked();
    await expect(canvas.getByRole('button', { name: 'Skip' })).toBeEnabled();
  },
};
export const VerifyUserDark: Story = dark(VerifyUser);
export const VerifyUserNarrow: Story = narrow(VerifyUser);

export const Skip: Story = {
  ...verify,
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(loaded(context).flow.step).toBe('authenticated'));
  },
};

export const SendingCode: Story = {
  ...onStep('auth-verify-user', 'verifyUser', {}, (fake) => void fake.hold('verifyAttribute')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expectPending(canvasElement, 'Verifying…');
  },
};

const confirm = onStep('auth-verify-user', 'confirmVerifyUser');

export const ConfirmVerifyUser: Story = {
  ...confirm,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, HEADING);
    await expect(canvas.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
  },
};
export const ConfirmVerifyUserDark: Story = dark(ConfirmVerifyUser);

export const CodeRequired: Story = {
  ...confirm,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    await expectFieldError(canvas.getByLabelText('Code'), 'This field is required');
  },
};

export const WrongCode: Story = {
  ...confirm,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), '000000{Enter}');
    await expectAlert(canvasElement, 'Invalid verification code provided, please try again.');
  },
};

export const Confirming: Story = {
  ...onStep('auth-verify-user', 'confirmVerifyUser', {}, (fake) => void fake.hold('confirmVerifyAttribute')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), `${FAKE_CODE}{Enter}`);
    await expectPending(canvasElement, 'Submitting…');
  },
};

export const Verified: Story = {
  ...confirm,
  play: async (context) => {
    await context.userEvent.type(context.canvas.getByLabelText('Code'), `${FAKE_CODE}{Enter}`);
    await waitFor(() => expect(loaded(context).flow.step).toBe('authenticated'));
  },
};
