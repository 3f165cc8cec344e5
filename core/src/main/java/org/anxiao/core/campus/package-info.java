/** Campuses (校区): boundaries, gates (门岗), buildings and key parts (重点部位). */
@NullMarked
package org.anxiao.core.campus;

import org.jspecify.annotations.NullMarked;
