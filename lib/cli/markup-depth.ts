/**
 * How deeply a page's markup nests, estimated from its tags without building a DOM. Parsing and extracting grow
 * faster than linearly with depth (160,000 nested elements took 18 s), while real news pages nest a few dozen
 * levels; a page deeper than the limit is refused before it is parsed.
 */
export const MAX_NESTING = 2_048;

// Elements that never have an end tag, and elements whose end tag may be left out: neither adds lasting depth.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp'.split(
    ' ',
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** True when the markup's estimated nesting exceeds `limit` at some point. Stops reading once it does. */
export function nestsDeeperThan(html: string, limit = MAX_NESTING): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
  }
  return false;
}
