import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@passgenau/domain';
import { PageQuery } from '../../../common/page.query';

export class AccountListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of name, e-mail or login name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class AccountListItem {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) loginName!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: String, nullable: true }) companyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) companyName!: string | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty() isDemo!: boolean;
  @ApiProperty() createdAt!: string;
}

export class AccountListResponse {
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: [AccountListItem] }) items!: AccountListItem[];
}

export class UpdateAccountDto {
  @ApiPropertyOptional({
    enum: ['mentor', 'iba_staff', 'coordinator', 'admin'],
    description: 'Candidates and employers keep their role',
  })
  @IsOptional()
  @IsIn(['mentor', 'iba_staff', 'coordinator', 'admin'])
  role?: Role;

  @ApiPropertyOptional({ description: 'Disable (ends every session) or enable the account' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
