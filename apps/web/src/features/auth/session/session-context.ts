import { createContext, useContext } from 'react';
import type { SessionAccount, SessionResponse } from '../../../types/session';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out' | 'error';

export interface SessionState {
  status: SessionStatus;
  /** The signed-in account; null while loading, when signed out, or when the check failed. */
  account: SessionAccount | null;
  error: unknown;
  retry: () => void;
  /** Takes over the session that sign-in, sign-up, access code or an accepted invitation answered. */
  signedIn: (session: SessionResponse) => void;
  /** Ends the session on the server and forgets every personal answer on this page. */
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
