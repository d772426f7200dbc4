import { expect, waitUntil } from '@open-wc/testing';
import jsQR from 'jsqr';
import type { SignInResult } from '../../core/types.js';
import {
  expectFocused, FAKE_CODE,
  FAKE_PASSWORD,
  FAKE_TOTP_SECRET,
  FakeAuthService,
  button,
  confirmCodeByKeyboard,
  field,
  fill,
  heading,
  mountStep,
  settle,
  submit,
  waitForStep,
} from '../../../test/browser/elements-helpers.js';
import type { AuthMfa } from './mfa.js';

/** Rasterises the drawn SVG as a phone camera would see it and decodes it with jsQR. */
async function decodeQr(svg: SVGSVGElement): Promise<string | undefined> {
  const scale = 6;
  const size = svg.viewBox.baseVal.width * scale;
  const image = new Image(size, size);
  image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data;
}

type Challenge = Extract<SignInResult, { kind: 'challenge' }>;

/** A fake whose sign-in answers with a challenge. */
function challenged(challenge: Challenge['challenge'], extra: Partial<Challenge> = {}): FakeAuthService {
  return new FakeAuthService().handle('signIn', ({ username }) => ({
    kind: 'challenge',
    challenge,
    user: { username, attributes: {} },
    handle: { fakeUser: username },
    ...extra,
  }));
}

async function mountAt(fake: FakeAuthService, step: 'confirmSignIn' | 'selectMfaType' | 'setupTotp') {
  const mounted = await mountStep<AuthMfa>('auth-mfa', {}, fake);
  expect(mounted.el.querySelector('form')).to.equal(null);
  await mounted.flow.submit('signIn', { username: 'alice', password: FAKE_PASSWORD });
  await waitForStep(mounted.flow, step, mounted.el);
  return mounted;
}

describe('<auth-mfa>', () => {
  it('confirms an SMS code with the keyboard, focus on the heading first', async () => {
    const delivery = { attributeName: 'phone_number', deliveryMedium: 'SMS', destination: '+*******1234' };
    const { el, flow } = await mountAt(challenged('SMS_MFA', { codeDelivery: delivery }), 'confirmSignIn');
    expect(heading(el)).to.equal('Confirm SMS Code');
    expect(el.querySelector('.auth-text')!.textContent).to.contain('+*******1234');
    expectFocused(el.querySelector('.auth-heading'));
    const code = field(el, 'Code');
    expect([code.name, code.autocomplete]).to.deep.equal(['code', 'one-time-code']);
    await expect(el).to.be.accessible();

    expect((await confirmCodeByKeyboard(el)).username).to.equal('alice');
    await waitForStep(flow, 'authenticated', el);
  });

  it('confirms a TOTP code and shows a wrong code as an error', async () => {
    const { el, flow } = await mountAt(challenged('SOFTWARE_TOKEN_MFA'), 'confirmSignIn');
    expect(heading(el)).to.equal('Confirm TOTP Code');
    fill(el, { Code: '000000' });
    submit(el);
    await waitForStep(flow, 'confirmSignIn', el);
    expect(el.querySelector('[role=alert]')!.textContent!.trim()).to.equal(
      'Invalid verification code provided, please try again.',
    );
    expect(field(el, 'Code').value).to.equal('');
    await expect(el).to.be.accessible();
    button(el, 'Back to Sign In').click();
    await waitForStep(flow, 'signIn', el);
  });

  it('lets the user pick the MFA method', async () => {
    const { el, flow, fake } = await mountAt(challenged('SELECT_MFA_TYPE', { mfaTypes: ['SMS', 'TOTP'] }), 'selectMfaType');
    expect(heading(el)).to.equal('Choose how to receive your code');
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => [radio.name, radio.value, radio.parentElement!.textContent!.trim()])).to.deep.equal([
      ['mfa_type', 'SMS', 'Text message (SMS)'],
      ['mfa_type', 'TOTP', 'Authenticator app (TOTP)'],
    ]);
    // The group is named for assistive technology, but the heading is not shown twice.
    const legend = el.querySelector('fieldset legend')!;
    expect(legend.textContent).to.equal('Choose how to receive your code');
    expect(legend.getBoundingClientRect().width).to.be.at.most(1);
    await expect(el).to.be.accessible();
    radios[1]!.click();
    submit(el);
    await waitForStep(flow, 'confirmSignIn', el);
    expect(fake.callsTo('selectMfaType')[0]!.input!.mfaType).to.equal('TOTP');
    expect(heading(el)).to.equal('Confirm TOTP Code');
  });

  it('sets up TOTP with a scannable QR code and the secret as copyable text', async () => {
    const { el, flow } = await mountAt(challenged('MFA_SETUP'), 'setupTotp');
    expect(heading(el)).to.equal('Set up your authenticator app');
    // The QR encoder loads on demand.
    const qr = await waitUntil(() => el.querySelector('svg.auth-qr'), 'QR code drawn').then(
      () => el.querySelector<SVGSVGElement>('svg.auth-qr')!,
    );
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR code for your authenticator app');
    // An independent decoder reads the otpauth URI back from the drawn code.
    expect(await decodeQr(qr)).to.equal(flow.totpSetup!.uri);
    expect(flow.totpSetup!.uri).to.contain(`secret=${FAKE_TOTP_SECRET}`);
    expect(el.querySelector('.auth-secret code')!.textContent).to.equal(FAKE_TOTP_SECRET);
    expect(el.innerHTML.match(/<[^>]*JBSWY3DPEHPK3PXP[^>]*>/)).to.equal(null);
    await expect(el).to.be.accessible();

    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      button(el, 'Copy').click();
      await settle(el);
      expect(copied).to.equal(FAKE_TOTP_SECRET);
      button(el, 'Copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }

    fill(el, { Code: FAKE_CODE });
    submit(el);
    await waitForStep(flow, 'authenticated', el);
    expect(el.querySelector('form')).to.equal(null);
  });
});
