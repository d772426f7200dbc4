// The dev mailbox: every code the server "sends" (email or SMS) is kept in memory so tests and
// developers can read it from GET /_dev/messages instead of a real inbox. It plugs into
// cognito-local's two delivery extension points: MessagesService.deliver (which knows why a
// message is sent) and the MessageSender interface (which receives the code and destination).
import { MessageDeliveryService, MessagesService, attributeValue } from './cognito-local.mjs';

const MAX_MESSAGES = 1000;

/**
 * @typedef {object} DevMessage
 * @property {string} kind Why it was sent, as Cognito's CustomMessage trigger sources name it:
 *   SignUp, ResendCode, ForgotPassword, VerifyUserAttribute, UpdateUserAttribute,
 *   Authentication (SMS MFA), AdminCreateUser.
 * @property {'EMAIL' | 'SMS'} medium
 * @property {string} destination Unmasked email address or phone number.
 * @property {string} code
 * @property {string} username The stored username (a UUID in email/phone sign-in pools).
 * @property {string[]} aliases The user's email and phone number at the time.
 * @property {string | undefined} userPoolId
 * @property {string} time ISO 8601.
 */

export class Mailbox {
  /** @type {DevMessage[]} */
  #messages = [];

  /** @param {DevMessage} message */
  add(message) {
    this.#messages.push(message);
    if (this.#messages.length > MAX_MESSAGES) this.#messages.shift();
  }

  /**
   * Messages for a user, oldest first. `username` matches the stored username, the email or
   * phone number the user had, or the destination.
   * @param {{ username?: string, userPoolId?: string }} [filter]
   * @returns {DevMessage[]}
   */
  list({ username, userPoolId } = {}) {
    return this.#messages.filter((m) =>
      (!userPoolId || m.userPoolId === userPoolId) &&
      (!username || m.username === username || m.destination === username || m.aliases.includes(username)));
  }

  clear() {
    this.#messages = [];
  }
}

/**
 * cognito-local MessageSender that files the message in the mailbox instead of printing the
 * code to the console (codes never appear in logs).
 * @param {Mailbox} mailbox
 */
function mailboxSender(mailbox) {
  /** @param {'EMAIL' | 'SMS'} medium */
  const send = (medium) => (/** @type {any} */ ctx, /** @type {any} */ user, /** @type {string} */ destination, /** @type {any} */ message) => {
    mailbox.add({
      kind: ctx.messageKind ?? 'Unknown',
      medium,
      destination,
      code: message.__code,
      username: user.Username,
      aliases: ['email', 'phone_number'].map((name) => attributeValue(name, user.Attributes)).filter(Boolean),
      userPoolId: ctx.userPoolId,
      time: new Date().toISOString(),
    });
    return Promise.resolve();
  };
  return { sendEmail: send('EMAIL'), sendSms: send('SMS') };
}

/** A MessagesService that passes the message's reason and pool down to the sender. */
class MailboxMessages extends MessagesService {
  /** @param {any} ctx @param {string} source @param {string | null} clientId @param {string} userPoolId @param {any[]} rest */
  deliver(ctx, source, clientId, userPoolId, ...rest) {
    return super.deliver({ ...ctx, messageKind: source, userPoolId }, source, clientId, userPoolId, ...rest);
  }
}

/**
 * @param {any} triggers cognito-local TriggersService
 * @param {Mailbox} mailbox
 */
export const createMessages = (triggers, mailbox) =>
  new MailboxMessages(triggers, new MessageDeliveryService(mailboxSender(mailbox)));
