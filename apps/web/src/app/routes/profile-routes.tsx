import type { RouteObject } from 'react-router-dom';

/** Routes of the competence-profile pages (wizard, profile view, employer list, assessment import). */
export const profileRoutes: RouteObject[] = [];
