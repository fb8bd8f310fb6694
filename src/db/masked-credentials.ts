/*
 * Credentials never leave in a message: a password in a URL's user part
 * (postgres://user:secret@host), in a query or connection-string parameter (?password=secret,
 * password=secret, sslpassword=…), and wherever a driver's own message repeats the secret.
 */

const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/?#@]*:)[^\s@]*@/gi;
const PASSWORD_PARAMETER = /(\b[\w-]*password\s*=\s*)('[^']*'|"[^"]*"|[^\s&;,'"]*)/gi;
const MASK = '***';

/** The passwords a connection URL holds, as written and percent-decoded. */
export function secretsOfUrl(text: string): string[] {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return [];
  }
  const written = [
    url.password,
    ...[...url.searchParams].filter(([k]) => /password/i.test(k)).map(([, v]) => v),
  ];
  const decoded = written.map((secret) => {
    try {
      return decodeURIComponent(secret);
    } catch {
      return secret;
    }
  });
  return [...new Set([...written, ...decoded])].filter((secret) => secret !== '');
}

/**
 * The text with every credential replaced by ***: URL passwords, password parameters, and the
 * given secrets wherever they appear.
 * @example maskCredentials('postgres://u:pw@h/db?password=pw') // 'postgres://u:***@h/db?password=***'
 */
export function maskCredentials(text: string, secrets: readonly string[] = []): string {
  let masked = text.replace(URL_PASSWORD, `$1${MASK}@`).replace(PASSWORD_PARAMETER, `$1${MASK}`);
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    masked = masked.replaceAll(secret, MASK);
  }
  return masked;
}
