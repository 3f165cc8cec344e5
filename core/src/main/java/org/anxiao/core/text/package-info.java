/** Bilingual (zh-CN / en) text. */
@NullMarked
package org.anxiao.core.text;

import org.jspecify.annotations.NullMarked;
