import { ApiProperty } from '@nestjs/swagger';

export class TownResponse {
  @ApiProperty({ description: 'Official municipality key (AGS)', example: '08119001' }) ags!: string;
  @ApiProperty({ example: 'Alfdorf' }) name!: string;
  @ApiProperty({ example: 'Rems-Murr-Kreis' }) district!: string;
  @ApiProperty({ example: 'Baden-Württemberg' }) state!: string;
  @ApiProperty({ description: 'Latitude (WGS 84)' }) lat!: number;
  @ApiProperty({ description: 'Longitude (WGS 84)' }) lon!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Population (Zensus 2022)' }) population!:
    number | null;
  @ApiProperty({ type: [String] }) postalCodes!: string[];
}
