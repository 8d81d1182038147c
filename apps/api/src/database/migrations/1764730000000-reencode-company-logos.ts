import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { reencodeLogo } from '../../modules/companies/profile/logo-image';

/**
 * Logos stored before uploads were re-encoded are re-encoded once the same way, so that only
 * re-encoded images are ever served; one that does not decode (an image header followed by HTML
 * or script) is removed. No schema change.
 */
export class ReencodeCompanyLogos1764730000000 implements MigrationInterface {
  name = 'ReencodeCompanyLogos1764730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ids: Array<{ company_id: string }> = await queryRunner.query(`SELECT company_id FROM company_logo`);
    for (const { company_id: companyId } of ids) {
      const [row]: Array<{ data: Buffer }> = await queryRunner.query(
        `SELECT data FROM company_logo WHERE company_id = $1`,
        [companyId],
      );
      if (!row) continue;
      let reencoded: Awaited<ReturnType<typeof reencodeLogo>>;
      try {
        reencoded = await reencodeLogo(row.data);
      } catch {
        await queryRunner.query(`DELETE FROM company_logo WHERE company_id = $1`, [companyId]);
        continue;
      }
      await queryRunner.query(
        `UPDATE company_logo SET content_type = $2, data = $3, byte_size = $4, sha256 = $5 WHERE company_id = $1`,
        [
          companyId,
          reencoded.contentType,
          reencoded.data,
          reencoded.data.length,
          createHash('sha256').update(reencoded.data).digest('hex'),
        ],
      );
    }
  }

  async down(): Promise<void> {
    // The uploaded originals are gone on purpose; nothing to restore.
  }
}
