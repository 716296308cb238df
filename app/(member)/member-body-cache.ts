/**
 * How long a member page's cached body may live (decision record 0009). Its key holds the day,
 * so an entry can never be asked for after a day; the data version in the key, not this time,
 * is what renews it after a write.
 */
export const MEMBER_BODY_CACHE_LIFE = { stale: 300, revalidate: 3600, expire: 86_400 };
