import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateTownDto {
  @ApiProperty({ description: 'Official municipality key (AGS), 8 digits', example: '08119001' })
  @Matches(/^\d{8}$/, { message: 'ags must be 8 digits' })
  ags!: string;

  @ApiProperty({ example: 'Alfdorf' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ example: 'Rems-Murr-Kreis' }) @IsString() @MinLength(1) @MaxLength(100) district!: string;
  @ApiProperty({ example: 'Baden-Württemberg' }) @IsString() @MinLength(1) @MaxLength(100) state!: string;

  @ApiProperty({ description: 'Latitude (WGS 84)' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat!: number;

  @ApiProperty({ description: 'Longitude (WGS 84)' })
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon!: number;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  population: number | null = null;

  @ApiPropertyOptional({ type: [String], example: ['73553'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{5}$/, { each: true, message: 'postalCodes must be 5-digit postal codes' })
  postalCodes: string[] = [];
}

export class UpdateTownDto extends PartialType(OmitType(CreateTownDto, ['ags'] as const)) {}
