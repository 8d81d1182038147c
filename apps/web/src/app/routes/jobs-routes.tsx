import type { RouteObject } from 'react-router-dom';

/** Routes of the job board, company profile and offer pages. */
export const jobsRoutes: RouteObject[] = [];
