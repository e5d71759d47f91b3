// The bounds of every list's paging: the server's schemas refuse past them, the console pages within them.

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
/** The largest offset a list accepts (PostgreSQL's integer): past it, a 400 naming the field, not a database error. */
export const MAX_OFFSET = 2_147_483_647;
