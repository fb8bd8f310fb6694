import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { AccountView, SessionView } from '../../domain/api-contract.ts';
import type { WriteMethod } from '../api/api-client.ts';
import { apiPaths, getJson, sendJson } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';

export interface Session {
  /** 'loading' until GET /api/session has answered once. */
  readonly status: 'loading' | 'ready';
  readonly user: AccountView | null;
  /**
   * Counts sign-ins and sign-outs: the screens are keyed on it, so each loads its data again
   * as the new user sees it.
   */
  readonly generation: number;
  readonly signIn: (email: string, password: string) => Promise<AccountView>;
  readonly signOut: () => Promise<void>;
  /** A change sent with this session's CSRF token; a 401 means the session has ended. */
  readonly send: <T>(method: WriteMethod, path: string, body?: unknown) => Promise<T | null>;
  /** The user changed its own password: it is no longer one someone else set. */
  readonly ownPasswordSet: () => void;
  /** The user changed its own name or e-mail address. */
  readonly profileSaved: (profile: { name: string; email: string }) => void;
}

interface Signed {
  readonly user: AccountView | null;
  readonly csrfToken: string | null;
}

const SIGNED_OUT: Signed = { user: null, csrfToken: null };

const SessionContext = createContext<Session | null>(null);

/** Loads the session once (the cookie is HttpOnly: only the server knows it) and keeps it. */
export function SessionProvider(props: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [signed, setSigned] = useState<Signed>(SIGNED_OUT);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getJson<SessionView>(apiPaths.session(), controller.signal).then(
      (session) => {
        setSigned({ user: session.user, csrfToken: session.csrfToken });
        setStatus('ready');
      },
      () => {
        if (controller.signal.aborted) return;
        setSigned(SIGNED_OUT);
        setStatus('ready');
      },
    );
    return () => controller.abort();
  }, []);

  const becomeSignedOut = useCallback(() => {
    setSigned(SIGNED_OUT);
    setGeneration((n) => n + 1);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await sendJson<SessionView>(
      'POST',
      apiPaths.session(),
      { email, password },
      { csrfToken: null },
    );
    if (session === null) throw new ApiError(500, 'internal', 'sign-in answered without a body');
    setSigned({ user: session.user, csrfToken: session.csrfToken });
    setStatus('ready');
    setGeneration((n) => n + 1);
    return session.user;
  }, []);

  const send = useCallback(
    async <T,>(method: WriteMethod, path: string, body?: unknown) => {
      try {
        return await sendJson<T>(method, path, body, { csrfToken: signed.csrfToken });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401 && signed.user !== null) {
          becomeSignedOut();
        }
        throw error;
      }
    },
    [signed, becomeSignedOut],
  );

  const signOut = useCallback(async () => {
    try {
      await sendJson('DELETE', apiPaths.session(), undefined, { csrfToken: signed.csrfToken });
    } catch (error) {
      // An expired session is signed out already; anything else leaves the user signed in.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    becomeSignedOut();
  }, [signed, becomeSignedOut]);

  const ownPasswordSet = useCallback(() => {
    setSigned((now) =>
      now.user === null ? now : { ...now, user: { ...now.user, passwordTemporary: false } },
    );
  }, []);

  const profileSaved = useCallback((profile: { name: string; email: string }) => {
    setSigned((now) => (now.user === null ? now : { ...now, user: { ...now.user, ...profile } }));
  }, []);

  const session = useMemo<Session>(
    () => ({
      status,
      user: signed.user,
      generation,
      signIn,
      signOut,
      send,
      ownPasswordSet,
      profileSaved,
    }),
    [status, signed, generation, signIn, signOut, send, ownPasswordSet, profileSaved],
  );
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside SessionProvider');
  return session;
}
