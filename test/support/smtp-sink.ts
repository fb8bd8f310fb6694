import { SMTPServer } from 'smtp-server';

/** A message as the mail server received it: the envelope, and the decoded headers and text. */
export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly headers: ReadonlyMap<string, string>;
}

export interface SmtpSink {
  /** SMTP_URL reaching it (with the credentials it requires, when it requires them). */
  readonly url: string;
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Stops listening: connections are refused, as from a mail server that is down. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes headers. */
function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g,
      (_all, _charset: string, how: string, data: string) =>
        how.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64').toString('utf8')
          : decodeQuotedPrintable(data.replaceAll('_', ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses a single-part text message (what the outbox sends) into headers and decoded text. */
export function parseMail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(
      line.slice(0, colon).trim().toLowerCase(),
      decodeWords(line.slice(colon + 1).trim()),
    );
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { headers, text: text.replace(/\r\n/g, '\n').replace(/\n$/, '') };
}

/**
 * A real SMTP server on 127.0.0.1 (a free port) that keeps what it receives. With `auth`, it
 * requires that user and password, and refuses any other with a reply that repeats the
 * password it was given (as a careless server might), so a test sees that it is masked.
 * @example const sink = await startSmtpSink(); … sink.received[0].subject; await sink.stop();
 */
export async function startSmtpSink(
  options: { auth?: { user: string; pass: string } } = {},
): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const { auth } = options;
  const server = (): SMTPServer =>
    new SMTPServer({
      disabledCommands: auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      authOptional: auth === undefined,
      allowInsecureAuth: true,
      logger: false,
      onAuth(credentials, _session, callback) {
        if (
          auth !== undefined &&
          credentials.username === auth.user &&
          credentials.password === auth.pass
        ) {
          callback(null, { user: credentials.username });
        } else {
          callback(new Error(`wrong password ${credentials.password ?? ''}`));
        }
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const { headers, text } = parseMail(Buffer.concat(chunks).toString('utf8'));
          received.push({
            from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: headers.get('subject') ?? '',
            text,
            headers,
          });
          callback();
        });
      },
    });
  let current = server();
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      current.once('error', reject);
      current.listen(port, '127.0.0.1', () => {
        const address = current.server.address();
        if (address === null || typeof address === 'string') reject(new Error('no port'));
        else resolve(address.port);
      });
    });
  const port = await listen(0);
  const credentials = auth
    ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@`
    : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    port,
    received,
    stop: () => new Promise<void>((resolve) => current.close(() => resolve())),
    restart: async () => {
      current = server();
      await listen(port);
    },
  };
}
