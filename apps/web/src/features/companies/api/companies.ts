import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest, getCsrfToken, apiUrl, type QueryValue } from '../../../lib/api-client';
import type {
  CompanyListResponse,
  CompanyResponse,
  CompanyUpdate,
  ImportReport,
  ShowcasePage,
  SiteInput,
} from './types';

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

/**
 * PUT /api/companies/:id/logo as multipart form data. The JSON wrapper cannot send files; this sends
 * the CSRF token the wrapper holds (the page signed in or refreshed before it shows this form).
 */
async function uploadLogo(companyId: string, file: File): Promise<CompanyResponse> {
  const token = getCsrfToken() ?? (await apiRequest<{ csrfToken: string }>('/auth/csrf')).csrfToken;
  const body = new FormData();
  body.append('logo', file);
  const response = await fetch(apiUrl(`/companies/${companyId}/logo`), {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-CSRF-Token': token },
    body,
  });
  const payload = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = payload as { statusCode?: number; code?: string; message?: string } | null;
    throw new ApiError({
      statusCode: response.status,
      code: error?.code ?? 'UNEXPECTED_RESPONSE',
      message: error?.message ?? `HTTP ${response.status}`,
    });
  }
  return payload as CompanyResponse;
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
