/** Bilingual (zh-CN / en) text. */
package org.anxiao.core.text;
