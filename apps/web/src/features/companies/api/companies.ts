import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { operations } from '@passgenau/api-client';
import type { QueryValue } from '../../../lib/api-client';
import { api, multipart, unwrap } from '../../../lib/api';
import type { CompanyResponse, CompanyUpdate, ImportRequest, SiteInput } from './schemas';

/** The open-firms filters as the document declares them. */
type OpenFirmsQuery = NonNullable<operations['CompaniesController_openFirms']['parameters']['query']>;

export const MY_COMPANY_QUERY_KEY = ['companies', 'mine'] as const;

export function useMyCompany(enabled = true) {
  return useQuery({
    queryKey: MY_COMPANY_QUERY_KEY,
    queryFn: ({ signal }) => unwrap(api.GET('/api/me/company', { signal })),
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
    unwrap(api.PATCH('/api/companies/{id}', { params: { path: { id: companyId } }, body: input })),
  );
}

export function useSaveSite(companyId: string) {
  return useCompanyMutation(({ siteId, site }: { siteId: string | null; site: SiteInput }) =>
    siteId
      ? unwrap(
          api.PUT('/api/companies/{id}/sites/{siteId}', {
            params: { path: { id: companyId, siteId } },
            body: site,
          }),
        )
      : unwrap(api.POST('/api/companies/{id}/sites', { params: { path: { id: companyId } }, body: site })),
  );
}

export function useDeleteSite(companyId: string) {
  return useCompanyMutation((siteId: string) =>
    unwrap(api.DELETE('/api/companies/{id}/sites/{siteId}', { params: { path: { id: companyId, siteId } } })),
  );
}

export function useSaveShowcase(companyId: string) {
  return useCompanyMutation((input: { optIn: boolean; story: string | null; storyLang: string | null }) =>
    unwrap(api.PUT('/api/companies/{id}/showcase', { params: { path: { id: companyId } }, body: input })),
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
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/showcase', { params: { query: { page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useOpenFirms(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: ['companies', 'open-firms', query] as const,
    queryFn: ({ signal }) =>
      // The filters come from the URL; the API validates and names a wrong one.
      unwrap(api.GET('/api/open-firms', { params: { query: query as OpenFirmsQuery }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRefugeeEmployer() {
  return useCompanyMutation(
    ({ companyId, employsRefugees }: { companyId: string; employsRefugees: boolean }) =>
      unwrap(
        api.PATCH('/api/companies/{id}/refugee-employer', {
          params: { path: { id: companyId } },
          body: { employsRefugees },
        }),
      ),
  );
}

export function useImportOffers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportRequest) => unwrap(api.POST('/api/offer-imports/ba-jobsuche', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['job-board'] }),
  });
}
