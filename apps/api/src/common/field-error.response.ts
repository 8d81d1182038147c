import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_ERROR_CODES, type FieldErrorCode } from './field-error-code';

export class FieldErrorResponse {
  @ApiProperty() field!: string;
  @ApiProperty({ enum: FIELD_ERROR_CODES, enumName: 'FieldErrorCode' }) code!: FieldErrorCode;
  @ApiProperty({ description: 'English explanation for logs; the web app shows texts by code.' })
  message!: string;
  @ApiPropertyOptional({ description: 'The length, count or number the field must stay within.' })
  limit?: number;
}
