/**
 * The request header by which the proxy tells the not-found page what was missing: a missing
 * article is rewritten to the not-found page before its route runs (see proxy.ts).
 */
export const NOT_FOUND_HEADER = "x-xunwen-not-found";
