import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '@passgenau/domain';
import { ApiError, setCsrfToken, subscribeToSession } from '../../../lib/api-client';
import { chooseLanguage, readStoredLanguage } from '../../../lib/i18n';
import type { SessionAccount, SessionResponse } from '../../../types/session';
import { getMe, ME_QUERY_KEY } from '../api/get-me';
import { logout } from '../api/logout';
import { SessionContext, type SessionState } from './session-context';
import { hasSessionHint, setSessionHint } from './session-hint';

// Reference data and invitation previews (public by their token) stay cached across sign-in and sign-out;
// everything else may be personal.
const SHARED_QUERY_ROOTS = new Set(['session', 'taxonomy', 'invitation-preview']);

export interface SessionProviderProps {
  children: ReactNode;
}

export function SessionProvider({ children }: SessionProviderProps) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();

  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: async ({ signal }): Promise<SessionAccount | null> => {
      if (!hasSessionHint()) return null;
      const account = await getMe(signal);
      setSessionHint(account !== null);
      return account;
    },
    staleTime: 5 * 60_000,
  });

  const forgetPersonalData = useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => !SHARED_QUERY_ROOTS.has(String(query.queryKey[0])) });
  }, [queryClient]);

  const showAccount = useCallback(
    (account: SessionAccount | null) => {
      setSessionHint(account !== null);
      queryClient.setQueryData<SessionAccount | null>(ME_QUERY_KEY, account);
    },
    [queryClient],
  );

  useEffect(
    () =>
      subscribeToSession((event) => {
        if (event.type === 'refreshed') {
          showAccount(event.session.account);
        } else if (queryClient.getQueryData(ME_QUERY_KEY)) {
          forgetPersonalData();
          showAccount(null);
        }
      }),
    [queryClient, showAccount, forgetPersonalData],
  );

  const account = me.data ?? null;
  const accountId = account?.accountId;
  const preferredLanguage = account?.preferredLanguage;
  // The account's language applies until the user picks one in the language switcher; once per account,
  // so that it never fights another page's choice.
  const languageAppliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!accountId || !preferredLanguage || languageAppliedFor.current === accountId) return;
    languageAppliedFor.current = accountId;
    if (readStoredLanguage() === null && i18n.language !== preferredLanguage)
      void i18n.changeLanguage(preferredLanguage);
  }, [accountId, preferredLanguage, i18n]);

  const signedIn = useCallback(
    (session: SessionResponse) => {
      setCsrfToken(session.csrfToken);
      forgetPersonalData();
      // Signing in is choosing the account: its language wins over one this browser remembers
      // (someone else may have used it, or the sign-in page was read in another language).
      const language = session.account.preferredLanguage;
      languageAppliedFor.current = session.account.accountId;
      if (isUiLanguage(language) && i18n.language !== language) void chooseLanguage(i18n, language);
      showAccount(session.account);
    },
    [forgetPersonalData, showAccount, i18n],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error) {
      // 401: the session had already ended; the page forgets it all the same.
      if (!(error instanceof ApiError && error.statusCode === 401)) throw error;
    }
    setCsrfToken(null);
    forgetPersonalData();
    showAccount(null);
  }, [forgetPersonalData, showAccount]);

  const { refetch } = me;
  const retry = useCallback(() => void refetch(), [refetch]);

  const value = useMemo<SessionState>(
    () => ({
      status: me.isPending ? 'loading' : me.isError ? 'error' : account ? 'signed-in' : 'signed-out',
      account,
      error: me.error,
      retry,
      signedIn,
      signOut,
    }),
    [me.isPending, me.isError, me.error, account, retry, signedIn, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
