/** Setting that holds the address of the user's Teachback site, where shared links open. */
export const SITE_URL_KEY = 'siteUrl';
