package org.newsgraph.extract;

/** Whether a meeting took place or is announced; wished-for or conditional meetings are not meetings at all. */
public enum MeetingStatus { HELD, PLANNED }
