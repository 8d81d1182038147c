/** The six kinds of people who act in Passgenau (see PRODUCT.md, "Who uses it"). */
export const ROLES = ['candidate', 'mentor', 'employer', 'iba_staff', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who may invite whom (accounts issue): staff and coordinators bring in employers; mentors and staff bring in candidates. */
export const INVITATION_KINDS = ['employer', 'candidate'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

export const INVITERS: Record<InvitationKind, readonly Role[]> = {
  employer: ['iba_staff', 'coordinator'],
  candidate: ['mentor', 'iba_staff'],
};

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
