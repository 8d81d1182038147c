import type { Schemas } from '@passgenau/api-client';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';

export type BarrierReportInput = Schemas['BarrierReportDto'];
export type BarrierReportAnswer = Schemas['BarrierReportResponse'];

/** POST /api/barrier-reports: anyone, anonymous or with a reply address; stored and mailed to the coordinators. */
export function reportBarrier(input: BarrierReportInput): Promise<BarrierReportAnswer> {
  return unwrap(api.POST('/api/barrier-reports', { body: input }));
}

export function useReportBarrier() {
  return useMutation({ mutationFn: reportBarrier });
}
