import { PageQuery } from '../../../common/page.query';

/** `page` and `pageSize` of a match list (best first). */
export class MatchPageQuery extends PageQuery {}
