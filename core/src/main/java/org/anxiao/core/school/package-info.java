/** Schools (学校): stages, type, boarding, enrolment, classes and staff by role. */
@NullMarked
package org.anxiao.core.school;

import org.jspecify.annotations.NullMarked;
