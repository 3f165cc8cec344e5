/** Schools (学校): stages, type, boarding, enrolment, classes and staff by role. */
package org.anxiao.core.school;
