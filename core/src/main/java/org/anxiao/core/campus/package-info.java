/** Campuses (校区): boundaries, gates (门岗), buildings and key parts (重点部位). */
package org.anxiao.core.campus;
