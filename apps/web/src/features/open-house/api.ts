import type { Schemas } from '@passgenau/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';

export type OpenHouseDaySummary = Schemas['OpenHouseDaySummary'];
export type OpenHouseDay = Schemas['OpenHouseDayResponse'];
export type OpenHouseSite = Schemas['OpenHouseSiteResponse'];
export type OpenHousePlan = Schemas['OpenHousePlanResponse'];
export type PlannedRoute = Schemas['PlannedRouteResponse'];
export type PlannedVisit = Schemas['PlannedVisitResponse'];
export type PlanConflict = Schemas['PlanConflictResponse'];
export type Registration = Schemas['OpenHouseRegistrationResponse'];
export type SiteVisitors = Schemas['SiteVisitorsResponse'];
export type CandidateRoute = Schemas['CandidateRouteResponse'];
export type JobFairSummary = Schemas['JobFairSummary'];
export type JobFair = Schemas['JobFairResponse'];
export type FairPlans = Schemas['FairPlansResponse'];
export type CandidateFairPlan = Schemas['CandidateFairPlanResponse'];
export type MentorGroupPlan = Schemas['MentorGroupPlanResponse'];
export type PairingResult = Schemas['PairingResponse'];
export type AddSiteInput = Schemas['AddOpenHouseSiteDto'];
export type AddExhibitorInput = Schemas['AddExhibitorDto'];
export type AddFairMentorInput = Schemas['AddFairMentorDto'];
export type PlanEditInput = Schemas['PlanEditDto'];

const DAYS = ['open-house-days'] as const;
const FAIRS = ['job-fairs'] as const;

/** GET /api/open-house-days. */
export function useOpenHouseDays() {
  return useQuery({
    queryKey: DAYS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/open-house-days', { signal })),
  });
}

/** POST /api/open-house-days. */
export function useCreateOpenHouseDay() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; date: string }) => unwrap(api.POST('/api/open-house-days', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: DAYS }),
  });
}

/** GET /api/open-house-days/:id. */
export function useOpenHouseDay(id: string) {
  return useQuery({
    queryKey: [...DAYS, id] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/open-house-days/{id}', { params: { path: { id } }, signal })),
  });
}

/** POST /api/open-house-days/:id/sites. */
export function useAddSite(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AddSiteInput) =>
      unwrap(api.POST('/api/open-house-days/{id}/sites', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...DAYS, id] }),
  });
}

/** GET /api/open-house-days/:id/registrations. */
export function useRegistrations(id: string) {
  return useQuery({
    queryKey: [...DAYS, id, 'registrations'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/open-house-days/{id}/registrations', { params: { path: { id } }, signal })),
  });
}

/** GET /api/open-house-days/:id/plan. */
export function usePlan(id: string) {
  return useQuery({
    queryKey: [...DAYS, id, 'plan'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/open-house-days/{id}/plan', { params: { path: { id } }, signal })),
  });
}

/** POST /api/open-house-days/:id/plan: runs the planner. */
export function useRunPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/open-house-days/{id}/plan', { params: { path: { id } }, body: {} })),
    onSuccess: (plan) => {
      client.setQueryData([...DAYS, id, 'plan'], plan);
      void client.invalidateQueries({ queryKey: [...DAYS, id], exact: true });
    },
  });
}

/** POST /api/open-house-days/:id/plan/edits: a hand edit, answered with the plan and its conflicts. */
export function useEditPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PlanEditInput) =>
      unwrap(api.POST('/api/open-house-days/{id}/plan/edits', { params: { path: { id } }, body })),
    onSuccess: (plan) => client.setQueryData([...DAYS, id, 'plan'], plan),
  });
}

/** GET /api/open-house-days/:id/sites/:siteId/visitors. */
export function useSiteVisitors(id: string, siteId: string) {
  return useQuery({
    queryKey: [...DAYS, id, 'sites', siteId] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/open-house-days/{id}/sites/{siteId}/visitors', {
          params: { path: { id, siteId } },
          signal,
        }),
      ),
  });
}

/** GET /api/open-house-days/:id/route. */
export function useRoute(id: string, candidateId?: string) {
  return useQuery({
    queryKey: [...DAYS, id, 'route', candidateId ?? 'me'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/open-house-days/{id}/route', {
          params: { path: { id }, query: candidateId ? { candidateId } : {} },
          signal,
        }),
      ),
  });
}

/** GET /api/open-house-days/mine. */
export function useMyDays(enabled: boolean) {
  return useQuery({
    queryKey: [...DAYS, 'mine'] as const,
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET('/api/open-house-days/mine', { params: { query: {} }, signal })),
  });
}

/** GET /api/companies: firms to add as sites (first page of a name search). */
export function useFirmChoices(q: string) {
  return useQuery({
    queryKey: ['open-house', 'firms', q] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/companies', { params: { query: { q: q || undefined, pageSize: 50 } }, signal })),
  });
}

/** GET /api/towns: the district's towns. */
export function useTownChoices() {
  return useQuery({
    queryKey: ['open-house', 'towns'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/towns', { signal })),
    staleTime: Infinity,
  });
}

/** GET /api/job-fairs. */
export function useJobFairs() {
  return useQuery({
    queryKey: FAIRS,
    queryFn: ({ signal }) => unwrap(api.GET('/api/job-fairs', { signal })),
  });
}

/** POST /api/job-fairs. */
export function useCreateJobFair() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { title: string; date: string; venue: string }) =>
      unwrap(api.POST('/api/job-fairs', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: FAIRS }),
  });
}

/** GET /api/job-fairs/:id. */
export function useJobFair(id: string) {
  return useQuery({
    queryKey: [...FAIRS, id] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/job-fairs/{id}', { params: { path: { id } }, signal })),
  });
}

function useFairMutation<T>(id: string, mutationFn: (input: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => client.invalidateQueries({ queryKey: [...FAIRS, id] }),
  });
}

/** POST /api/job-fairs/:id/exhibitors. */
export function useAddExhibitor(id: string) {
  return useFairMutation(id, (body: AddExhibitorInput) =>
    unwrap(api.POST('/api/job-fairs/{id}/exhibitors', { params: { path: { id } }, body })),
  );
}

/** POST /api/job-fairs/:id/mentors. */
export function useAddFairMentor(id: string) {
  return useFairMutation(id, (body: AddFairMentorInput) =>
    unwrap(api.POST('/api/job-fairs/{id}/mentors', { params: { path: { id } }, body })),
  );
}

/** POST /api/job-fairs/:id/pairing. */
export function useProposePairing(id: string) {
  return useFairMutation(id, () =>
    unwrap(api.POST('/api/job-fairs/{id}/pairing', { params: { path: { id } } })),
  );
}

/** PUT /api/job-fairs/:id/pairing/:candidateId. */
export function useEditPair(id: string) {
  return useFairMutation(id, ({ candidateId, mentorId }: { candidateId: string; mentorId: string | null }) =>
    unwrap(
      api.PUT('/api/job-fairs/{id}/pairing/{candidateId}', {
        params: { path: { id, candidateId } },
        body: { mentorId },
      }),
    ),
  );
}

/** GET /api/job-fairs/:id/plans. */
export function useFairPlans(id: string) {
  return useQuery({
    queryKey: [...FAIRS, id, 'plans'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/job-fairs/{id}/plans', { params: { path: { id } }, signal })),
  });
}

/** GET /api/job-fairs/:id/my-group. */
export function useMyFairGroup(id: string) {
  return useQuery({
    queryKey: [...FAIRS, id, 'my-group'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/job-fairs/{id}/my-group', { params: { path: { id } }, signal })),
  });
}

/** GET /api/job-fairs/:id/my-plan. */
export function useMyFairPlan(id: string) {
  return useQuery({
    queryKey: [...FAIRS, id, 'my-plan'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/job-fairs/{id}/my-plan', { params: { path: { id } }, signal })),
  });
}
