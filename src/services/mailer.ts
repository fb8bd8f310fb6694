/** One e-mail as the outbox hands it over: plain text, to one recipient. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/**
 * What the outbox dispatcher needs of a mail server: send one message (rejecting when the
 * server refuses it or cannot be reached), and be closed when the server stops. The SMTP
 * adapter is src/services/smtp-mailer.ts.
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  /** Secrets the mail server's errors might repeat (its password): masked before one is stored. */
  readonly secrets: readonly string[];
}
