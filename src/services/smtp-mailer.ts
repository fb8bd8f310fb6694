import { createTransport } from 'nodemailer';
import { secretsOfUrl } from '../db/masked-credentials.ts';
import type { Mailer } from './mailer.ts';

/*
 * Timeouts well inside the dispatcher's claim on a batch, so a mail server that hangs makes an
 * attempt fail instead of letting the claim run out while the message is still being sent.
 */
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/**
 * The Mailer over SMTP (nodemailer): `smtp://user:password@host:587` (STARTTLS when the server
 * offers it) or `smtps://…:465` (TLS from the start), as SMTP_URL gives it.
 * @example const mailer = smtpMailer({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'mieruka@localhost' });
 */
export function smtpMailer(settings: { smtpUrl: string; from: string }): Mailer {
  const transport = createTransport(
    {
      url: settings.smtpUrl,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: GREETING_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
    },
    { from: settings.from },
  );
  return {
    secrets: secretsOfUrl(settings.smtpUrl),
    async send(mail) {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
