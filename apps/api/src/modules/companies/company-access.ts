import type { Role } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import type { FieldErrorCode } from '../../common/field-error-code';
import { CompaniesMessage } from './companies.errors';

/** Roles that read every company and offer and see contact e-mails. */
export const COMPANY_STAFF_ROLES: readonly Role[] = ['admin', 'iba_staff', 'coordinator'];

export function isCompanyStaff(auth: AuthContext | null): boolean {
  return auth !== null && COMPANY_STAFF_ROLES.includes(auth.role);
}

/** An employer acting for the company they belong to (manager or member). */
export function isEmployerOf(auth: AuthContext | null, companyId: string): boolean {
  return auth !== null && auth.role === 'employer' && auth.companyId === companyId;
}

/**
 * Employers change their own company only. Another firm's profile is public, so refusing with 403
 * leaks nothing; a company that does not exist is a 404 (checked by the caller first).
 */
export function assertEmployerOf(auth: AuthContext, companyId: string): void {
  if (!isEmployerOf(auth, companyId))
    throw new DomainError('COMPANY_NOT_YOURS', CompaniesMessage.NOT_YOUR_COMPANY);
}

export function notFound(message: string = CompaniesMessage.COMPANY_NOT_FOUND): DomainError {
  return new DomainError('NOT_FOUND', message);
}

export function invalid(field: string, code: FieldErrorCode, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Invalid input: ${field}`, [{ field, code, message }]);
}
