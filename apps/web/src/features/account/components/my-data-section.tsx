import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '@passgenau/domain';
import { localeInfo } from '@passgenau/i18n';
import { DataList, type DataListItem } from '../../../components/data-list';
import { SectionCard } from '../../../components/section-card';
import { formatDate } from '../../../lib/format';
import { useUiLanguage } from '../../../lib/i18n';
import type { SessionAccount } from '../../../types/session';
import { useCandidate } from '../api/get-candidate';

export interface MyDataSectionProps {
  account: SessionAccount;
}

export function MyDataSection({ account }: MyDataSectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const items: DataListItem[] = [
    { label: t('account.myData.name'), value: account.displayName, name: 'name' },
  ];
  if (account.email) items.push({ label: t('common.email'), value: account.email, ltr: true, name: 'email' });
  if (account.loginName) {
    items.push({
      label: t('account.myData.loginName'),
      value: account.loginName,
      ltr: true,
      name: 'login-name',
    });
  }
  items.push({ label: t('account.myData.role'), value: t(`roleNames.${account.role}`), name: 'role' });
  if (account.companyName)
    items.push({ label: t('account.myData.company'), value: account.companyName, name: 'company' });
  if (isUiLanguage(account.preferredLanguage)) {
    items.push({
      label: t('account.myData.language'),
      value: localeInfo(account.preferredLanguage).nativeName,
    });
  }

  return (
    <SectionCard title={t('account.myData.title')} icon={IconId}>
      <DataList items={items} />
      {account.candidateId ? <CandidateSince candidateId={account.candidateId} language={language} /> : null}
    </SectionCard>
  );
}

function CandidateSince({
  candidateId,
  language,
}: {
  candidateId: string;
  language: ReturnType<typeof useUiLanguage>;
}) {
  const { t } = useTranslation();
  const candidate = useCandidate(candidateId);
  if (!candidate.data) return null;
  return (
    <DataList
      items={[{ label: t('account.myData.since'), value: formatDate(candidate.data.createdAt, language) }]}
    />
  );
}
