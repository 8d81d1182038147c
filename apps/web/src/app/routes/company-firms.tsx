import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/session/session-context';
import { OpenFirmsPage } from '../../features/companies/components/open-firms-page';
import { PrintButton } from '../../features/print';

/** Who may print a firm's match list (admins see the firms, but not candidates' matches). */
const MATCH_LIST_PRINTERS: readonly string[] = ['iba_staff', 'coordinator'];

export function CompanyFirmsRoute() {
  const { t } = useTranslation();
  const { account } = useSession();
  const mayPrint = account !== null && MATCH_LIST_PRINTERS.includes(account.role);
  return (
    <OpenFirmsPage
      firmActions={
        mayPrint
          ? (firm) => (
              <PrintButton
                target={{ kind: 'companyMatches', companyId: firm.id }}
                ariaLabel={`${t('print.buttons.matchList')}: ${firm.name}`}
              />
            )
          : undefined
      }
    />
  );
}
