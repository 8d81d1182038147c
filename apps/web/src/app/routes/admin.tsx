import { useSession } from '../../features/auth/session/session-context';
import { AdminPage } from '../../features/admin/components/admin-page';

export function AdminRoute() {
  const { account } = useSession();
  if (!account) return null;
  return <AdminPage currentAccountId={account.accountId} />;
}
