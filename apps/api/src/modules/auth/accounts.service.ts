import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role, UiLanguage } from '@passgenau/domain';
import type { AuthContext } from '../../common/auth-context';
import { DomainError } from '../../common/domain-error';
import { assertPasswordAcceptable, AuthService, normaliseIdentifier } from './auth.service';
import type { MeResponse } from './dto/auth.dto';
import { PasswordHasher } from './password-hasher';
import { AccountsMessage } from '../accounts/accounts.errors';
import type {
  AccountListQuery,
  AccountListResponse,
  UpdateAccountDto,
} from '../accounts/dto/admin-accounts.dto';

export interface NewAccount {
  email: string | null;
  loginName?: string | null;
  password: string | null;
  role: Role;
  displayName: string;
  language: UiLanguage;
  companyId?: string | null;
  companyRole?: 'manager' | 'member' | null;
  isDemo?: boolean;
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
  ) {}

  /** Creates an account; a taken e-mail is a 409 naming the field. */
  async create(account: NewAccount, manager: EntityManager): Promise<string> {
    const email = account.email ? normaliseIdentifier(account.email) : null;
    if (account.password !== null) assertPasswordAcceptable(account.password, 'password', email);
    if (email) {
      const [taken] = await manager.query(`SELECT 1 FROM account WHERE email = $1`, [email]);
      if (taken)
        throw new DomainError('ACCOUNT_EMAIL_TAKEN', AccountsMessage.EMAIL_TAKEN, [
          { code: 'TAKEN', field: 'email', message: 'already registered' },
        ]);
    }
    const hash = account.password === null ? null : await this.hasher.hash(account.password);
    const [row] = await manager.query(
      `INSERT INTO account (email, login_name, password_hash, role, display_name, preferred_language, company_id, company_role, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        email,
        account.loginName ?? null,
        hash,
        account.role,
        account.displayName.trim(),
        account.language,
        account.companyId ?? null,
        account.companyRole ?? null,
        account.isDemo ?? false,
      ],
    );
    return row.id;
  }

  async createCandidateRecord(
    accountId: string,
    names: { givenName: string; familyName: string },
    createdBy: string | null,
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO candidate (account_id, given_name, family_name, created_by_account_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [accountId, names.givenName.trim(), names.familyName.trim(), createdBy],
    );
    return row.id;
  }

  signupCandidate(dto: {
    email: string;
    password: string;
    givenName: string;
    familyName: string;
    language: UiLanguage;
  }): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const accountId = await this.create(
        {
          email: dto.email,
          password: dto.password,
          role: 'candidate',
          displayName: `${dto.givenName.trim()} ${dto.familyName.trim()}`,
          language: dto.language,
        },
        manager,
      );
      await this.createCandidateRecord(accountId, dto, accountId, manager);
      return accountId;
    });
  }

  async me(accountId: string): Promise<MeResponse> {
    const [row] = await this.dataSource.query(
      `SELECT a.id, a.role, a.display_name, a.email, a.login_name, a.preferred_language, a.company_id, a.company_role,
              co.name AS company_name, c.id AS candidate_id
         FROM account a LEFT JOIN company co ON co.id = a.company_id LEFT JOIN candidate c ON c.account_id = a.id
        WHERE a.id = $1`,
      [accountId],
    );
    if (!row) throw new DomainError('NOT_FOUND', AccountsMessage.ACCOUNT_NOT_FOUND);
    return {
      accountId: row.id,
      role: row.role,
      displayName: row.display_name,
      email: row.email,
      loginName: row.login_name,
      preferredLanguage: row.preferred_language,
      companyId: row.company_id,
      companyRole: row.company_role,
      companyName: row.company_name,
      candidateId: row.candidate_id,
    };
  }

  async list(query: AccountListQuery): Promise<AccountListResponse> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.q) {
      params.push(`%${query.q.toLowerCase()}%`);
      where.push(
        `(lower(a.display_name) LIKE $${params.length} OR a.email LIKE $${params.length} OR a.login_name LIKE $${params.length})`,
      );
    }
    if (query.role) {
      params.push(query.role);
      where.push(`a.role = $${params.length}`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM account a ${filter}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT a.id, a.email, a.login_name, a.role, a.display_name, a.company_id, co.name AS company_name,
              a.disabled_at, a.created_at, a.is_demo
         FROM account a LEFT JOIN company co ON co.id = a.company_id ${filter}
        ORDER BY a.created_at DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((r: Record<string, unknown>) => ({
        id: r['id'] as string,
        email: r['email'] as string | null,
        loginName: r['login_name'] as string | null,
        role: r['role'] as Role,
        displayName: r['display_name'] as string,
        companyId: r['company_id'] as string | null,
        companyName: r['company_name'] as string | null,
        disabled: r['disabled_at'] !== null,
        isDemo: r['is_demo'] as boolean,
        createdAt: (r['created_at'] as Date).toISOString(),
      })),
    };
  }

  /** An admin changes the role of a non-employer account or disables/enables it; sessions end with it. */
  async update(auth: AuthContext, id: string, dto: UpdateAccountDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [account] = await manager.query(
        `SELECT id, role, disabled_at FROM account WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!account) throw new DomainError('NOT_FOUND', AccountsMessage.ACCOUNT_NOT_FOUND);
      const losesAdmin =
        account.role === 'admin' && ((dto.role && dto.role !== 'admin') || dto.disabled === true);
      if (dto.disabled === true && id === auth.accountId) {
        throw new DomainError('ACCOUNT_SELF_DISABLE', AccountsMessage.SELF_DISABLE, [
          { code: 'NOT_CHANGEABLE', field: 'disabled', message: 'own account' },
        ]);
      }
      if (losesAdmin) {
        const [{ n }] = await manager.query(
          `SELECT count(*)::int AS n FROM account WHERE role = 'admin' AND disabled_at IS NULL`,
        );
        if (n <= 1)
          throw new DomainError('ACCOUNT_LAST_ADMIN', AccountsMessage.LAST_ADMIN, [
            { code: 'NOT_CHANGEABLE', field: 'role', message: 'last admin' },
          ]);
      }
      if (dto.role && dto.role !== account.role) {
        const involvesCandidateOrEmployer = [account.role, dto.role].some(
          (r) => r === 'employer' || r === 'candidate',
        );
        if (involvesCandidateOrEmployer) {
          throw new DomainError('ACCOUNT_ROLE_NOT_CHANGEABLE', AccountsMessage.ROLE_CHANGE_NOT_ALLOWED, [
            { code: 'NOT_CHANGEABLE', field: 'role', message: 'not changeable here' },
          ]);
        }
        await manager.query(`UPDATE account SET role = $2, updated_at = now() WHERE id = $1`, [id, dto.role]);
        await this.auth.endAllSessions(id, manager);
      }
      if (dto.disabled !== undefined) {
        await manager.query(`UPDATE account SET disabled_at = $2, updated_at = now() WHERE id = $1`, [
          id,
          dto.disabled ? new Date() : null,
        ]);
        if (dto.disabled) await this.auth.endAllSessions(id, manager);
      }
    });
  }
}
