import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, type QueryValue } from '../../../lib/api-client';
import { api, multipart, unwrap } from '../../../lib/api';
import type {
  CompanyListResponse,
  CompanyResponse,
  CompanyUpdate,
  ImportReport,
  ShowcasePage,
  SiteInput,
} from './schemas';

export const MY_COMPANY_QUERY_KEY = ['companies', 'mine'] as const;

export function useMyCompany(enabled = true) {
  return useQuery({
    queryKey: MY_COMPANY_QUERY_KEY,
    queryFn: ({ signal }) => apiRequest<CompanyResponse>('/me/company', { signal }),
    enabled,
  });
}

function useCompanyMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
      void queryClient.invalidateQueries({ queryKey: ['showcase'] });
    },
  });
}

export function useUpdateCompany(companyId: string) {
  return useCompanyMutation((input: CompanyUpdate) =>
    apiRequest<CompanyResponse>(`/companies/${companyId}`, { method: 'PATCH', body: input }),
  );
}

export function useSaveSite(companyId: string) {
  return useCompanyMutation(({ siteId, site }: { siteId: string | null; site: SiteInput }) =>
    siteId
      ? apiRequest<unknown>(`/companies/${companyId}/sites/${siteId}`, { method: 'PUT', body: site })
      : apiRequest<unknown>(`/companies/${companyId}/sites`, { method: 'POST', body: site }),
  );
}

export function useDeleteSite(companyId: string) {
  return useCompanyMutation((siteId: string) =>
    apiRequest<unknown>(`/companies/${companyId}/sites/${siteId}`, { method: 'DELETE' }),
  );
}

export function useSaveShowcase(companyId: string) {
  return useCompanyMutation((input: { optIn: boolean; story: string | null; storyLang: string | null }) =>
    apiRequest<unknown>(`/companies/${companyId}/showcase`, { method: 'PUT', body: input }),
  );
}

/** PUT /api/companies/:id/logo as multipart form data, through the typed client (CSRF token, session renewal). */
function uploadLogo(companyId: string, file: File): Promise<CompanyResponse> {
  return unwrap(
    api.PUT('/api/companies/{id}/logo', {
      params: { path: { id: companyId } },
      ...multipart({ logo: file }),
    }),
  );
}

export function useUploadLogo(companyId: string) {
  return useCompanyMutation((file: File) => uploadLogo(companyId, file));
}

export function useShowcase(page: number) {
  return useQuery({
    queryKey: ['showcase', page] as const,
    queryFn: ({ signal }) => apiRequest<ShowcasePage>('/showcase', { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOpenFirms(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: ['companies', 'open-firms', query] as const,
    queryFn: ({ signal }) => apiRequest<CompanyListResponse>('/open-firms', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRefugeeEmployer() {
  return useCompanyMutation(
    ({ companyId, employsRefugees }: { companyId: string; employsRefugees: boolean }) =>
      apiRequest<unknown>(`/companies/${companyId}/refugee-employer`, {
        method: 'PATCH',
        body: { employsRefugees },
      }),
  );
}

export function useImportOffers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) =>
      apiRequest<ImportReport>('/offer-imports/ba-jobsuche', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['job-board'] }),
  });
}
