package org.sitrep.store;

/** Linked events starting on one day, of one type, and their summed fatalities. */
public record DailyCount(String date, String type, long events, long fatalities) {}
