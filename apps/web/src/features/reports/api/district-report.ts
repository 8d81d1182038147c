import type { Schemas } from '@passgenau/api-client';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type DistrictReport = Schemas['DistrictReportResponse'];
export type ReportMeasure = DistrictReport['measures'][number];
export type ReportGrouping = DistrictReport['groupBy'];

export interface ReportFilters {
  groupBy: ReportGrouping;
  from: string;
  to: string;
  town: string | null;
  occupationalField: DistrictReport['occupationalField'];
}

function queryOf(filters: ReportFilters) {
  return {
    groupBy: filters.groupBy,
    from: filters.from,
    to: filters.to,
    town: filters.town ?? undefined,
    occupationalField: filters.occupationalField ?? undefined,
  };
}

/** GET /api/reports/district (coordinators, IBA staff, admins): counts, small cells already suppressed. */
export function useDistrictReport(filters: ReportFilters) {
  return useQuery({
    queryKey: ['reports', 'district', filters] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/reports/district', { params: { query: queryOf(filters) }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/reports/district/csv, saved as a file by the browser. */
export function useDownloadDistrictCsv() {
  return useMutation({
    mutationFn: async (filters: ReportFilters) => {
      const csv = await unwrap(
        api.GET('/api/reports/district/csv', { params: { query: queryOf(filters) }, parseAs: 'text' }),
      );
      const url = URL.createObjectURL(new Blob([csv as string], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `district-report-${filters.from}-${filters.to}-by-${filters.groupBy}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    },
  });
}
