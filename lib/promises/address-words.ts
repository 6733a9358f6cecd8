/**
 * How agents address the buyer, as a regex source: 您/你/亲 everywhere, 侬 (Shanghainese), and the livestream-shop
 * forms 宝/宝子/宝宝/家人们/老铁. 宝贝 is the listing (the goods), not the buyer.
 */
export const YOU = '(?:您|你|亲|侬|宝[子宝]?(?!贝)|家人们?|老铁们?)';

/** The agent or the shop as the one who acts (俺 and 咱 are northern 我 / 我们). */
export const AGENT = '(?:我|这边|小妹|咱们|咱|俺|本店)';
