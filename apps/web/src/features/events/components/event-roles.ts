import type { Role } from '@passgenau/domain';

/** Who plans and runs events (the API's rule for the staff routes). */
export const EVENT_STAFF_ROLES: readonly Role[] = ['coordinator', 'iba_staff', 'admin'];

export function isEventStaff(role: Role | undefined): boolean {
  return role !== undefined && EVENT_STAFF_ROLES.includes(role);
}
