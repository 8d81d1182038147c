import { ApiProperty } from '@nestjs/swagger';

export class PendingCompanyItem {
  @ApiProperty() companyId!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Town of the main site' }) town!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Name of the manager who signed up' })
  contactName!: string | null;
  @ApiProperty({ type: String, nullable: true }) contactEmail!: string | null;
  @ApiProperty({ description: 'When the firm signed up' }) requestedAt!: string;
}

export class CompanyVerificationResponse {
  @ApiProperty() companyId!: string;
  @ApiProperty({ enum: ['pending', 'verified', 'rejected'] }) status!: 'pending' | 'verified' | 'rejected';
  @ApiProperty({ description: 'Managers of the firm who were told by e-mail' }) notified!: number;
}
