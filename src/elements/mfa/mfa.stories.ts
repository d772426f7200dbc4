import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-mfa.js';
import { FAKE_CODE, FAKE_TOTP_SECRET } from '../../../stories/support/scenarios.js';
import {
  dark, expectAlert, expectFieldError, expectHeading, expectPending, loaded, narrow, onStep, type Story,
} from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-mfa',
  component: 'auth-mfa',
  args: { lang: '' },
};
export default meta;

const sms = onStep('auth-mfa', 'confirmSignIn');

export const ConfirmSmsCode: Story = {
  ...sms,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Confirm SMS Code');
    await expect(canvasElement.querySelector('.auth-text')?.textContent).toContain('+*******1234');
    await expect(canvas.getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
  },
};
export const ConfirmSmsCodeDark: Story = dark(ConfirmSmsCode);
export const ConfirmSmsCodeNarrow: Story = narrow(ConfirmSmsCode);

export const ConfirmTotpCode: Story = {
  ...onStep('auth-mfa', 'confirmSignIn', {}, (fake) =>
    fake.handle('signIn', ({ username }) => ({
      kind: 'challenge', challenge: 'SOFTWARE_TOKEN_MFA', user: { username, attributes: {} }, handle: { fakeUser: username },
    })),
  ),
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Confirm TOTP Code');
  },
};

export const CodeRequired: Story = {
  ...sms,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expectFieldError(canvas.getByLabelText('Code'), 'This field is required');
  },
};

export const WrongCode: Story = {
  ...sms,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), '000000{Enter}');
    await expectAlert(canvasElement, 'Invalid verification code provided, please try again.');
    await expect(canvas.getByLabelText('Code')).toHaveValue('');
  },
};
export const WrongCodeDark: Story = dark(WrongCode);

export const Pending: Story = {
  ...onStep('auth-mfa', 'confirmSignIn', {}, (fake) => void fake.hold('confirmSignIn')),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), `${FAKE_CODE}{Enter}`);
    await expectPending(canvasElement, 'Confirming…');
  },
};

export const SelectMfaType: Story = {
  ...onStep('auth-mfa', 'selectMfaType'),
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    await expectHeading(canvasElement, 'Choose how to receive your code');
    await userEvent.click(canvas.getByLabelText('Authenticator app (TOTP)'));
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await expectHeading(canvasElement, 'Confirm TOTP Code');
    await expect(loaded(context).fake.callsTo('selectMfaType')[0]?.input).toEqual({ mfaType: 'TOTP' });
  },
};
export const SelectMfaTypeDark: Story = dark({ ...SelectMfaType, play: undefined });

const totp = onStep('auth-mfa', 'setupTotp');

export const SetupTotp: Story = {
  ...totp,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Set up your authenticator app');
    await waitFor(() => expect(canvas.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible());
    // The key is shown for typing by hand, and never leaks into an attribute.
    await expect(canvasElement.querySelector('.auth-secret code')?.textContent).toBe(FAKE_TOTP_SECRET);
    const attributes = [...canvasElement.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
    await expect(attributes.some((value) => value.includes(FAKE_TOTP_SECRET))).toBe(false);
  },
};
export const SetupTotpDark: Story = dark(SetupTotp);
export const SetupTotpNarrow: Story = narrow(SetupTotp);

export const SetupTotpWrongCode: Story = {
  ...totp,
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Code'), '000000{Enter}');
    await expectAlert(canvasElement, 'Invalid verification code provided, please try again.');
  },
};

export const SetupTotpSignsIn: Story = {
  ...totp,
  play: async (context) => {
    const { canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('Code'), `${FAKE_CODE}{Enter}`);
    await waitFor(() => expect(loaded(context).flow.step).toBe('authenticated'));
  },
};
