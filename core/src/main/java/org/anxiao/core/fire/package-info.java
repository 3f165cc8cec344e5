/**
 * Fire-safety determinations (消防) over the campus model: whether a building is a crowded place
 * (人员密集场所) under 消防法 art. 73 and the packs that refine it.
 */
@NullMarked
package org.anxiao.core.fire;

import org.jspecify.annotations.NullMarked;
